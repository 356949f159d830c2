import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/index.js';
import { boundedLiteral, boundedPower, boundedValue, CALC_LIMITS } from './calc-limits.js';

describe('the calculator budget', () => {
  it('reads literals inside it exactly', () => {
    expect(boundedLiteral('36.578').toFixed()).toBe('36.578');
    expect(boundedLiteral('1e29').toFixed()).toBe(`1${'0'.repeat(29)}`);
    expect(boundedLiteral('1e-30').toFixed()).toBe(`0.${'0'.repeat(29)}1`);
    expect(boundedLiteral('0e5').toFixed()).toBe('0');
    expect(boundedLiteral('1'.repeat(29)).toFixed()).toBe('1'.repeat(29));
  });

  it('refuses literals outside it from the text alone, naming the limit and the position', () => {
    expect(() => boundedLiteral('9e9999999999', 0)).toThrow('"9e9999999999" at position 1 is beyond the calculator\'s limit: values must be under 10^30 (30 digits)');
    expect(() => boundedLiteral('1e-99999', 4)).toThrow('at position 5 is below the calculator\'s limit: non-zero values must be at least 10^-30');
    expect(() => boundedLiteral('1e30')).toThrow(/under 10\^30/);
    expect(() => boundedLiteral('1e-31')).toThrow(/at least 10\^-30/);
    expect(() => boundedLiteral(`1.${'2'.repeat(30)}`)).toThrow(/31 significant digits; the calculator's limit is 30/);
    expect(() => boundedLiteral(`1${'0'.repeat(5000)}`)).toThrow(/"10{19}…" is beyond/);
  });

  it('estimates powers before taking them', () => {
    expect(boundedPower(new Decimal(10), new Decimal(29), 'x').toFixed()).toBe(`1${'0'.repeat(29)}`);
    expect(() => boundedPower(new Decimal(10), new Decimal(30), 'The result of "^" at position 3')).toThrow('The result of "^" at position 3 would have about 31 digits, beyond the calculator\'s limit of 30 digits (values under 10^30)');
    expect(() => boundedPower(new Decimal('1.0000000000000000001'), new Decimal('1e29'), 'x')).toThrow(/about 4342944820 digits/);
    expect(boundedPower(new Decimal('0.5'), new Decimal(1000), 'x').toFixed()).toBe('0');
    expect(() => boundedPower(new Decimal(0), new Decimal(-1), 'x')).toThrow(/Division by zero/);
  });

  it('turns noise below the floor into 0 and refuses what is not finite', () => {
    expect(boundedValue(new Decimal('-1e-40'), 'x').toFixed()).toBe('0');
    expect(() => boundedValue(new Decimal(Infinity), 'x')).toThrow(/no finite value/);
    expect(() => boundedValue(new Decimal(10).pow(CALC_LIMITS.maxDigits), 'x')).toThrow(/limit/);
  });
});
