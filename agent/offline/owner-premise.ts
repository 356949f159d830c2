/**
 * @module A product the question gives to the wrong company ("How widely is Tencent's Hanguang 800 deployed?",
 * "字节的元宝用户有多少?"): the alias table knows whose the product is, and a report paragraph naming the product and
 * that owner by their own names says so. The premise is corrected only then, only for a company written right before
 * the product as its owner ("Tencent's", "腾讯的"; "腾讯元宝" is Tencent's own and contradicts nothing), and only when
 * no report names that company with the product at all: "Baidu's Ascend chips" may be the chips Baidu ordered.
 */
import { splitSentences, type Paragraph } from '../../core/index.js';
import type { AliasTable, EntityMention } from '../../index/index.js';
import { entityName } from '../phrases.js';
import type { QuestionFrame } from '../question-frame.js';
import { ancestorsOf, familyOf } from './company-kin.js';
import type { PlannerContext } from './planner-context.js';
import { supportingQuote } from './text-candidates.js';

/** What stands between an owner and its product: "Tencent's Hanguang", "腾讯的含光", "腾讯含光". */
const POSSESSIVE = { en: /^['’]s\s+$/, zh: /^\s*的?\s*$/ };

interface Misowned {
  product: EntityMention;
  /** The company the question gives it to. */
  claimed: string;
  /** The product's owners, nearest first (T-Head, then Alibaba). */
  owners: string[];
}

/** The first product the question writes as owned by a company that is none of its owners, with those owners. */
function misowned(question: string, aliases: AliasTable): Misowned | undefined {
  const mentions = aliases.find(question);
  for (const product of mentions) {
    if (aliases.get(product.id)?.kind !== 'product') continue;
    const owners = ancestorsOf(product.id, aliases).filter((id) => aliases.get(id)?.kind === 'company');
    if (!owners.length) continue;
    for (const company of mentions) {
      if (aliases.get(company.id)?.kind !== 'company' || company.index + company.name.length > product.index) continue;
      const between = question.slice(company.index + company.name.length, product.index);
      const possessive = /\p{Script=Han}/u.test(company.name) ? POSSESSIVE.zh : POSSESSIVE.en;
      if (!possessive.test(between)) continue;
      // A name the product's owners go by, or the owner's own unit ("Alibaba Cloud's Qwen"), is the product's own.
      const claimed = [company.id, ...ancestorsOf(company.id, aliases)];
      const kin = new Set(owners.flatMap((id) => familyOf(id, aliases)));
      if (claimed.some((id) => kin.has(id) || id === product.id)) continue;
      // "腾讯元宝": a name of the product itself that begins with its owner's name.
      if (aliases.get(product.id)?.names.some((name) => name.includes(company.name))) continue;
      return { product, claimed: company.id, owners };
    }
  }
  return undefined;
}

/** Whether the text names the entity by one of its own names (not only through a product it owns). */
function namesOwn(text: string, id: string, aliases: AliasTable): boolean {
  return (aliases.get(id)?.names ?? []).some((name) => text.includes(name));
}

/** Where clauses part: sentence ends and semicolons. */
const CLAUSES = /[.;。；!?！？\n]+/;

/** The fewest words of a sentence that tells something (an English heading is a name alone). */
const MIN_WORDS = 4;

/**
 * The sentences of a paragraph that say whose the product is: one naming both, or the owner's sentence and the
 * product's. The paragraph must not give the product to the company the question names.
 */
function ownership(paragraph: Paragraph, found: Misowned, aliases: AliasTable): { owner: string; quotes: string[] } | undefined {
  const productNames = aliases.get(found.product.id)?.names ?? [];
  // A heading ("T-Head Semiconductor") names the owner but says nothing of it.
  const sentences = splitSentences(paragraph.text).map((span) => span.text).filter((sentence) => sentence.split(/\s+/).length >= MIN_WORDS || /\p{Script=Han}{6,}/u.test(sentence));
  const ofProduct = sentences.filter((sentence) => productNames.some((name) => sentence.includes(name)));
  if (!ofProduct.length || namesOwn(paragraph.text, found.claimed, aliases)) return undefined;
  for (const owner of found.owners) {
    const both = ofProduct.find((sentence) => namesOwn(sentence, owner, aliases));
    if (both) return { owner, quotes: [both] };
    const ofOwner = sentences.find((sentence) => namesOwn(sentence, owner, aliases));
    if (ofOwner) return { owner, quotes: [...new Set([ofOwner, ofProduct[0]!])] };
  }
  return undefined;
}

/** The correction when the question gives a product to a company the reports do not; undefined otherwise. */
export function ownerPremise(frame: QuestionFrame, context: PlannerContext): string | undefined {
  const { aliases, lang } = context;
  const found = misowned(frame.text, aliases);
  if (!found) return undefined;
  const paragraphs = context.index.snapshot.paragraphs;
  // A clause naming the company with the product ties them somehow ("Baidu ordered 1,600 Ascend 910B AI chips"): no premise
  // to correct. (Two companies' acts in one sentence, "Alibaba introduced Qwen3 …; ByteDance rebranded …", are two clauses.)
  const productNames = aliases.get(found.product.id)?.names ?? [];
  const tied = (clause: string) => namesOwn(clause, found.claimed, aliases) && productNames.some((name) => clause.includes(name));
  if (paragraphs.some((paragraph) => `${paragraph.text}\n${paragraph.original ?? ''}`.split(CLAUSES).some(tied))) return undefined;
  for (const paragraph of paragraphs) {
    const told = ownership(paragraph, found, aliases);
    if (!told) continue;
    const quotes = told.quotes.map((text) => supportingQuote(context, { paragraph, text }));
    // The book gives a quote it already holds its number again.
    const marker = [...new Set(told.quotes.map((text) => context.book.cite(paragraph.id, text)))].map((n) => `[${n}]`).join('');
    // The product as the asker wrote it ("Ascend", not the table's "Ascend 910B").
    const product = found.product.name;
    const claimed = entityName(aliases, found.claimed, lang);
    const top = found.owners.at(-1)!;
    const owner = entityName(aliases, told.owner, lang);
    if (lang === 'en') {
      const whose = told.owner === top ? `${owner}'s` : `${owner}'s, part of ${entityName(aliases, top, lang)}`;
      return [`The reports do not tie ${product} to ${claimed}: it is ${whose} ${marker}.`, ...quotes].join(' ');
    }
    const whose = told.owner === top ? owner : `${entityName(aliases, top, lang)}旗下${owner}`;
    return [`报道并未把${product}归于${claimed},它是${whose}的${marker}。`, ...quotes].join(' ');
  }
  return undefined;
}
