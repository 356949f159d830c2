/**
 * @module How a footnote or a sources list names a report: its publisher and date, or its title when the
 * report has no masthead ("Unknown publisher" tells a reader nothing the title would not). One wording for
 * the CLI, the HTTP API, the web chat's copy and the WeChat bot.
 */
import type { Lang } from './lang.js';

/**
 * Publishers' Chinese names, as data (Caixin signs its Chinese original 财新周刊). A publisher not
 * listed keeps its own name, which is a name, not an untranslated phrase.
 */
export const PUBLISHER_NAMES_ZH: Readonly<Record<string, string>> = { Caixin: '财新', Zhidongxi: '智东西' };

/** The publisher as written in `lang`. */
export function publisherName(publisher: string, lang: Lang): string {
  return lang === 'zh' ? PUBLISHER_NAMES_ZH[publisher] ?? publisher : publisher;
}

/** Every name a question or a passage may use for the publisher: its own, and its Chinese one if it has one. */
export function publisherNames(publisher: string): string[] {
  const zh = PUBLISHER_NAMES_ZH[publisher];
  return zh ? [publisher, zh] : [publisher];
}

/** Every name of every publisher a collection's documents have, once each. */
export function collectionPublisherNames(documents: Iterable<{ publisher: string | null }>): string[] {
  const names = new Set<string>();
  for (const document of documents) if (document.publisher) for (const name of publisherNames(document.publisher)) names.add(name);
  return [...names];
}

export interface NamedSource {
  publisher: string | null;
  date: string | null;
  title: string;
}

export interface SourceLabelOptions {
  /** Brief labels (WeChat) leave out the title when a publisher names the report already. */
  brief?: boolean;
}

const UNDATED: Record<Lang, string> = { en: 'undated', zh: '未注明日期' };

/** "Caixin, 2025-06-23 — Two Giants …", "财新 2025-06-23 — …", or "China's tech giants … (undated)". */
export function sourceLabel(source: NamedSource, lang: Lang = 'en', options: SourceLabelOptions = {}): string {
  const date = source.date ?? UNDATED[lang];
  const title = source.title.replace(/\s+/g, ' ').trim();
  if (!source.publisher) return lang === 'en' ? `${title} (${date})` : `${title}(${date})`;
  const named = lang === 'en' ? `${publisherName(source.publisher, lang)}, ${date}` : `${publisherName(source.publisher, lang)} ${date}`;
  return options.brief ? named : `${named} — ${title}`;
}
