import { describe, expect, it } from 'vitest';
import type { BaogaoError } from '../core/index.js';
import { openIndex } from '../index/index.js';
import { loadCorpus } from '../test/helpers/corpus.js';
import { createLookupFactsTool } from './create-report-tools.js';
import { lookupFacts } from './index.js';

const { snapshot } = await loadCorpus();
const index = await openIndex(snapshot);
const failure = (input: Parameters<typeof lookupFacts>[1]) => {
  try { lookupFacts(index, input); } catch (error) { return error as BaogaoError; }
  throw new Error('expected a failure');
};

describe('lookup_facts', () => {
  it('returns conflicting figures for the same entity, metric and period, newest first, never merged', () => {
    const result = lookupFacts(index, { entity: '腾讯', metric: 'capex', period: 'Q4 2024' });
    expect(result.facts.map((fact) => fact.value).sort()).toEqual(['36578000000', '39000000000']);
    expect(result.conflicts).toHaveLength(1);
    const [newest, older] = result.conflicts[0]!.factIds.map((id) => result.facts.find((fact) => fact.id === id)!);
    expect(newest!.asOf! > older!.asOf!).toBe(true);
    expect(result.facts.every((fact) => fact.publisher && fact.quote.includes(fact.text))).toBe(true);
  });

  it('includes an entity’s units and filters by period overlap', () => {
    const alibaba = lookupFacts(index, { entity: 'Alibaba', k: 50 });
    expect(alibaba.facts.some((fact) => fact.entity === 'alibaba-cloud' || fact.entity === 'qwen' || fact.entity === 'taobao')).toBe(true);
    const plans = lookupFacts(index, { entity: 'alibaba', metric: 'investment_plan', period: '2026' });
    expect(plans.facts.length).toBeGreaterThan(2);
    expect(plans.facts.every((fact) => fact.period.from! <= '2026-12-31' && fact.period.to! >= '2026-01-01')).toBe(true);
    expect(plans.conflicts.every((conflict) => conflict.metric === 'investment_plan')).toBe(true);
  });

  it('ranks free-text matches and accepts Chinese names', () => {
    const stake = lookupFacts(index, { query: 'Moonshot stake', k: 3 });
    expect(stake.facts[0]).toMatchObject({ metric: 'stake', value: '36', counterparty: 'moonshot-ai' });
    const bytedance = lookupFacts(index, { entity: '字节跳动' });
    expect(bytedance.facts.length).toBeGreaterThan(0);
    expect(bytedance.facts.every((fact) => ['bytedance', 'doubao', 'volcano-engine'].includes(fact.entity!))).toBe(true);
  });

  it('names the field on bad input', () => {
    expect(failure({ entity: 'Acme Widgets' })).toMatchObject({ code: 'invalid_input', field: 'entity' });
    expect(failure({ period: 'someday' })).toMatchObject({ code: 'invalid_input', field: 'period' });
    expect(failure({ docId: 'no-such-report' })).toMatchObject({ code: 'not_found', field: 'docId' });
    expect(failure({ metric: 'happiness' } as never)).toMatchObject({ code: 'invalid_input', field: 'metric' });
    expect(failure({ k: 0 })).toMatchObject({ field: 'k' });
  });

  it('the LangChain tool answers in JSON and reports errors as data', async () => {
    const lookup = createLookupFactsTool(index);
    expect(lookup.name).toBe('lookup_facts');
    expect(JSON.parse(await lookup.invoke({ entity: 'Tencent', metric: 'capex' })).facts.length).toBe(2);
    expect(JSON.parse(await lookup.invoke({ entity: 'Nobody Inc' })).error).toMatchObject({ code: 'invalid_input', field: 'entity' });
  });
});
