/** @module Small numbers as people write spans and counts: digits, English words and Chinese numerals up to 99. */

const ENGLISH: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};
const CHINESE_DIGITS: Record<string, number> = { '一': 1, '两': 2, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/** "四十" 40, "十二" 12, "十" 10, "两" 2. */
function chineseNumber(text: string): number | undefined {
  const match = text.match(/^([一两二三四五六七八九])?(十)?([一二三四五六七八九])?$/);
  if (!match || !text) return undefined;
  const [, tens, ten, units] = match;
  return ten ? (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (units ? CHINESE_DIGITS[units]! : 0) : tens ? CHINESE_DIGITS[tens] : undefined;
}

/** "three", "3", "三", "四十" → the number; undefined when the text is none of these. */
export function smallNumber(written: string): number | undefined {
  const word = written.trim().toLowerCase();
  if (/^\d+$/.test(word)) return Number(word);
  return ENGLISH[word] ?? chineseNumber(word);
}
