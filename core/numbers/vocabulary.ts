/** @module The words and symbols the reports use around figures, as data the parser reads. */

export type Currency = 'CNY' | 'USD' | 'HKD' | 'GBP' | 'EUR';
export type Qualifier = 'over' | 'about' | 'nearly' | 'up to' | 'at least' | 'under';

/** English scale words and abbreviations with their power of ten. */
export const ENGLISH_SCALES: Record<string, number> = {
  thousand: 3, k: 3, million: 6, mn: 6, m: 6, billion: 9, bn: 9, b: 9, trillion: 12, tn: 12,
};

/** Chinese scale characters, longest first so 万亿 wins over 万. */
export const CHINESE_SCALES: [string, number][] = [
  ['万亿', 12], ['千亿', 11], ['百亿', 10], ['十亿', 9], ['千万', 7], ['百万', 6], ['亿', 8], ['万', 4], ['千', 3],
];

export const PREFIX_CURRENCIES: [string, Currency][] = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['USD', 'USD'], ['HKD', 'HKD'],
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'CNY'], ['￥', 'CNY'],
];

export const SUFFIX_CURRENCIES: [RegExp, Currency][] = [
  [/^(?:Hong Kong dollars?|HK dollars?|HKD|港元|港币)/i, 'HKD'],
  [/^(?:US dollars?|U\.S\. dollars?|dollars?|USD|美元)/i, 'USD'],
  [/^(?:yuan|RMB|renminbi|CNY|元|人民币)/i, 'CNY'],
  [/^(?:pounds?(?: sterling)?|GBP|英镑)/i, 'GBP'],
  [/^(?:euros?|EUR|欧元)/i, 'EUR'],
];

/** Qualifiers as written before a figure; longest phrases first. */
export const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:more than|over|exceeding|in excess of|above|超过|逾|超)\s*$/i, 'over'],
  [/(?:at least|no less than|至少|不少于)\s*$/i, 'at least'],
  [/(?:up to|as much as|as many as|多达|高达)\s*$/i, 'up to'],
  [/(?:nearly|almost|close to|近|将近|接近)\s*$/i, 'nearly'],
  [/(?:about|around|approximately|roughly|some|an estimated|~|≈|约|大约|左右)\s*$/i, 'about'],
  [/(?:less than|under|below|fewer than|不到|不足)\s*$/i, 'under'],
];

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

export const MONTHS = /(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?/;
