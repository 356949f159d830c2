/** @module Known section headings and the kind of section each one opens, as data. */
import type { SectionKind } from '../core/index.js';

export const SECTION_HEADINGS: { pattern: RegExp; kind: SectionKind }[] = [
  { pattern: /^Explore the story in \d+ (?:seconds?|minutes?)$/i, kind: 'digest' },
  { pattern: /^(?:Summary|Key points|Key takeaways|摘要|要点)$/i, kind: 'digest' },
  { pattern: /^Who['’]s Who$|^(?:人物|人物介绍)$/i, kind: 'glossary' },
  { pattern: /^What Happened When$|^Timeline$|^(?:时间线|大事记)$/i, kind: 'timeline' },
];

export function matchSectionHeading(line: string): SectionKind | undefined {
  return SECTION_HEADINGS.find((heading) => heading.pattern.test(line))?.kind;
}
