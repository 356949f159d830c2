/**
 * @module Optional LLM pass over the paragraphs (when a model is configured): structured output
 * through a zod schema. A fact survives only if its quote is verbatim in the paragraph and holds
 * its figure as written; figures the rules already found are not added twice.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { METRICS, parseQuantity, resolvePeriod, sameAmount, type Fact, type Paragraph, type ReportDocument } from '../core/index.js';
import type { AliasTable } from '../index/index.js';

const llmFactsSchema = z.object({
  facts: z.array(z.object({
    entity: z.string().describe('Company or product the figure belongs to, as named in the text'),
    metric: z.enum(METRICS),
    figure: z.string().describe('The figure exactly as written, e.g. "36.578 billion yuan"'),
    quote: z.string().describe('The full sentence that states it, copied exactly'),
  })),
});

const PROMPT = 'Extract every numeric fact (money, percentages, counts) from the paragraph. Copy the figure and the sentence exactly as written; do not compute or convert anything. Return an empty list if there are none.';

export interface LlmExtractionStats {
  proposed: number;
  kept: number;
  dropped: number;
}

export async function extractFactsWithModel(
  model: BaseChatModel,
  document: ReportDocument,
  paragraphs: Paragraph[],
  ruleFacts: Fact[],
  aliases: AliasTable,
): Promise<{ facts: Fact[]; stats: LlmExtractionStats }> {
  const structured = model.withStructuredOutput(llmFactsSchema, { name: 'report_facts', method: 'functionCalling' });
  const kept: Fact[] = [];
  const stats: LlmExtractionStats = { proposed: 0, kept: 0, dropped: 0 };
  for (const paragraph of paragraphs) {
    const answer = await structured.invoke([{ role: 'system', content: PROMPT }, { role: 'user', content: paragraph.text }]);
    let counter = ruleFacts.filter((fact) => fact.paragraphId === paragraph.id).length;
    for (const proposed of answer.facts) {
      stats.proposed++;
      const quantity = parseQuantity(proposed.figure);
      const verbatim = paragraph.text.includes(proposed.quote) && proposed.quote.includes(proposed.figure);
      const known = quantity && [...ruleFacts, ...kept].some((fact) => fact.paragraphId === paragraph.id && sameAmount(fact, quantity, 0));
      if (!quantity || !verbatim || known) { stats.dropped++; continue; }
      const entity = aliases.find(proposed.entity)[0];
      kept.push({
        id: `${paragraph.id}/f${++counter}`, entity: entity?.id ?? null, entityName: entity?.name ?? proposed.entity, counterparty: null,
        metric: proposed.metric, growthOf: null, value: quantity.value, ...(quantity.high ? { high: quantity.high } : {}),
        unit: quantity.unit, currency: quantity.currency, scale: quantity.scale, qualifier: quantity.qualifier, text: proposed.figure,
        period: resolvePeriod(proposed.quote, document.date, proposed.quote.indexOf(proposed.figure)), asOf: document.date,
        docId: document.docId, paragraph: paragraph.n, paragraphId: paragraph.id, quote: proposed.quote, disputed: false, source: 'llm',
      });
      stats.kept++;
    }
  }
  return { facts: kept, stats };
}
