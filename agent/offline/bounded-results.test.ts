import { describe, expect, it } from 'vitest';
import type { Fact } from '../../core/index.js';
import type { OperandSlot, SlotRole, SlotUnit } from '../calculation-intent.js';
import { checkBounds, unlikeReason } from './bounded-results.js';
import type { FilledSlot } from './fill-slots.js';

const slot = (role: SlotRole, unit: SlotUnit = 'amount'): OperandSlot => ({ role, unit, entity: undefined, context: [], metrics: [], period: undefined });
const fact = (id: string, value: string, unit: Fact['unit'], currency: Fact['currency'] = null) => ({ id, value, unit, currency, text: value }) as unknown as Fact;
const filled = (role: SlotRole, value: string, score: number, unit: Fact['unit'] = 'count', currency: Fact['currency'] = null): FilledSlot => ({ slot: slot(role), fact: fact(role, value, unit, currency), score });

describe('checkBounds', () => {
  it('holds for a part within its whole, a stake within 100%, a positive price and a plausible fall', () => {
    expect(checkBounds('share', [filled('whole', '219260', 3), filled('part', '24940', 2)])).toEqual({ holds: true });
    expect(checkBounds('valuation', [filled('paid', '800000000', 3, 'currency', 'USD'), filled('stake', '36', 2, 'percent')])).toEqual({ holds: true });
    expect(checkBounds('unit_price', [filled('amount', '30000000000', 3, 'currency', 'CNY'), filled('count', '50000', 2)])).toEqual({ holds: true });
    expect(checkBounds('prior', [filled('current', '36578000000', 3, 'currency', 'CNY'), filled('growth', '386', 2, 'percent')])).toEqual({ holds: true });
    expect(checkBounds('difference', [filled('a', '1', 3), filled('b', '1000', 2)])).toEqual({ holds: true });
  });

  it('breaks for a part larger than its whole, and gives up the operand it was least sure of', () => {
    const whole = filled('whole', '37756000000', 3, 'currency', 'CNY');
    const part = filled('part', '136091000000', 2, 'currency', 'CNY');
    expect(checkBounds('share', [whole, part])).toEqual({ holds: false, drop: part });
    expect(checkBounds('share', [filled('whole', '4500', 1), filled('part', '54000', 4)])).toMatchObject({ holds: false, drop: { slot: { role: 'whole' } } });
  });

  it('compares a part and a whole in two currencies at the reference rate', () => {
    // $80 billion is not a part of £5 billion; $2 billion is a part of $6 billion in yuan.
    expect(checkBounds('share', [filled('whole', '5000000000', 3, 'currency', 'GBP'), filled('part', '80000000000', 2, 'currency', 'USD')]).holds).toBe(false);
    expect(checkBounds('share', [filled('whole', '43000000000', 3, 'currency', 'CNY'), filled('part', '2000000000', 2, 'currency', 'USD')]).holds).toBe(true);
  });

  it('breaks for a stake or a share of a total over 100%, a price over no units and a fall of more than all of it', () => {
    expect(checkBounds('valuation', [filled('paid', '800000000', 3, 'currency', 'USD'), filled('stake', '136', 2, 'percent')]).holds).toBe(false);
    expect(checkBounds('total_from_share', [filled('part', '136091000000', 3, 'currency', 'CNY'), filled('stake', '487', 2, 'percent')]).holds).toBe(false);
    expect(checkBounds('unit_price', [filled('amount', '113000000', 3, 'currency', 'CNY'), filled('count', '0', 2)]).holds).toBe(false);
    expect(checkBounds('prior', [filled('current', '100', 3), filled('growth', '-120', 2, 'percent')]).holds).toBe(false);
  });

  it('never adds or subtracts a count and an amount of money', () => {
    const chips = filled('a', '53000', 3);
    const orders = filled('b', '5000000000', 1, 'currency', 'USD');
    expect(checkBounds('total', [chips, orders])).toEqual({ holds: false, drop: orders });
    expect(checkBounds('difference', [chips, orders]).holds).toBe(false);
    expect(checkBounds('total', [chips, filled('b', '90000', 2)]).holds).toBe(true);
  });

  it('never gives up a figure the question states itself', () => {
    const stated: FilledSlot = { ...filled('part', '54000', 1), slot: { ...slot('part'), stated: { value: '54000', unit: 'count', currency: null, text: '54,000', index: 0 } as never } };
    expect(checkBounds('share', [filled('whole', '4500', 3), stated])).toMatchObject({ holds: false, drop: { slot: { role: 'whole' } } });
    const both: FilledSlot[] = [{ slot: slot('whole'), stated: { value: '10', unit: 'count', currency: null, text: '10', index: 0 } as never, score: 0 }, { slot: slot('part'), stated: { value: '20', unit: 'count', currency: null, text: '20', index: 5 } as never, score: 0 }];
    expect(checkBounds('share', both)).toEqual({ holds: false, drop: undefined });
  });
});

describe('unlikeReason: operands added or subtracted must be alike', () => {
  const counted = (role: SlotRole, value: string, metric: Fact['metric'], score = 2): FilledSlot => ({ slot: slot(role), fact: { ...fact(role, value, 'count'), metric } as Fact, score });

  it('rejects counts of two different items (open-source models less H20 chips) and says why', () => {
    const pairing = [counted('a', '100000', 'models', 1), counted('b', '4', 'chips', 3)];
    expect(unlikeReason('difference', pairing)?.[0]).toMatch(/counts of different things/);
    expect(unlikeReason('ratio', pairing)).toBeUndefined();
    expect(checkBounds('difference', pairing)).toMatchObject({ holds: false, drop: { slot: { role: 'a' } } });
  });

  it('accepts two counts of one item, and counts whose item is unknown', () => {
    expect(unlikeReason('total', [counted('a', '53000', 'chips'), counted('b', '90000', 'chips')])).toBeUndefined();
    expect(unlikeReason('total', [counted('a', '53000', 'other'), counted('b', '4', 'chips')])).toBeUndefined();
  });
});
