/** @module The project's one Decimal configuration: exact arithmetic with room for large figures. */
import DecimalBase from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Decimal = InstanceType<typeof Decimal>;

/** `380` with scale 9 → `380000000000`, without exponent notation. */
export function scaled(amount: string, powerOfTen: number): string {
  return new Decimal(amount).times(new Decimal(10).pow(powerOfTen)).toFixed();
}
