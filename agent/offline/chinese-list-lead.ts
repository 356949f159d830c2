/**
 * @module How a Chinese list answer opens: "报道提到的阿里巴巴投资的大模型公司有:" read from the question
 * ("阿里巴巴投资了哪些大模型公司?", "哪些云厂商推出了…", "列出阿里巴巴投资的机器人公司。"), and how
 * its items are joined ("A、B和C").
 */

/** Head nouns a Chinese list question asks for, longest first so "初创公司" wins over "公司". Data. */
const HEAD_NOUNS = [
  '初创公司', '创业公司', '独角兽', '公司', '企业', '厂商', '车企', '平台', '芯片', '客户', '品牌', '机构', '产品', '模型', '巨头',
  '投资者', '投资方', '股东', '应用', '银行', '大学', '服务商', '供应商', '合作伙伴', '伙伴', '项目', '领域', '业务', '人', '高管',
].sort((a, b) => b.length - a.length);

/** Heads that say no more than "some organisation". */
const GENERIC_HEADS = new Set(['公司', '企业', '机构', '项目', '领域', '业务', '人']);

/** Words that only ask ("请问", "列出") and have no place in the answer. */
const ASKING = /^(?:请问|请|麻烦)?(?:列出|列举|说出|告诉我)?(?:一下)?/;

/** The noun phrase a list asks for, from just after 哪些: "大模型初创公司同时获得了…" → "大模型初创公司". */
function headPhrase(text: string): string | undefined {
  let end = -1;
  let at = 0;
  // A run of modifiers and heads ("大模型" + "初创公司") ends at the first head not followed by another.
  while (at < text.length && at <= 12) {
    const head = HEAD_NOUNS.find((noun) => text.startsWith(noun, at));
    if (head) {
      end = at + head.length;
      at = end;
      continue;
    }
    if (end >= 0) break;
    at += 1;
  }
  return end > 0 ? text.slice(0, end) : undefined;
}

/** The whole noun phrase a Chinese list asks for: "手机厂商" of "哪些手机厂商是阿里云的客户?", "" when there is none. */
export function chineseListNoun(question: string): string {
  const which = /(?:哪些|哪几家|哪几个|哪几款|哪几位)(.+)$/u.exec(question) ?? /^\s*(?:请)?(?:列出|列举)(?:.*的)?(.+?)[。.?？]*$/u.exec(question);
  return (which ? headPhrase(which[1]!) : undefined) ?? '';
}

/** What a Chinese list asks for, less its head noun: "大模型" of "阿里巴巴投资了哪些大模型公司?", "" for "哪些公司". */
export function chineseListKind(question: string): string {
  const which = /(?:哪些|哪几家|哪几个|哪几款|哪几位)(.+)$/u.exec(question) ?? /^\s*(?:请)?(?:列出|列举)(?:.*的)?(.+?)[。.?？]*$/u.exec(question);
  const noun = which ? headPhrase(which[1]!) : undefined;
  if (!noun) return '';
  const head = HEAD_NOUNS.find((candidate) => noun.endsWith(candidate)) ?? '';
  const modifier = noun.slice(0, noun.length - head.length);
  // "哪些银行": a head that is itself a kind of thing says what is listed; "哪些公司" says nothing.
  return modifier || (GENERIC_HEADS.has(head) ? '' : head);
}

/** Coverbs whose object is the listed noun, the verb coming after it ("把哪些产品划到了", "向哪些公司投资"). */
const COVERB_END = /(?:把|将|被|给|向|(?<![面反针绝相])对|(?<![存现正实])在|从|让|和|与|跟|(?<![成认作因])为)$/u;

/** "报道提到的阿里巴巴投资的大模型公司有:", or "报道提到的有:" when the question names nothing to list. */
export function chineseListLead(question: string): string {
  const text = question.trim().replace(/[?？。.!！]+$/, '').replace(ASKING, '');
  const which = /^(.*?)(?:哪些|哪几家|哪几个|哪几款|哪几位)(.+)$/u.exec(text);
  if (which) {
    const noun = headPhrase(which[2]!);
    if (!noun) return '报道提到的有:';
    // "阿里巴巴投资了哪些…" → "阿里巴巴投资的…"; a question that opens with 哪些 keeps only its noun.
    const before = which[1]!.replace(/[了过]$/, '').trim();
    // "腾讯把哪些产品划到了CSIG?": a part ending on a coverb (把, 将, 被 …) waits for the verb after the noun, so only the noun is said.
    const whole = before && !COVERB_END.test(before);
    return `报道提到的${whole ? `${before}的` : ''}${noun}有:`;
  }
  // "列出阿里巴巴投资的机器人公司": the whole phrase is what is listed.
  const listed = /^(?:列出|列举)?(.+?的.+)$/u.exec(text);
  if (/^(?:请)?(?:列出|列举)/.test(question.trim()) && listed && headPhrase(listed[1]!.split('的').at(-1)!)) return `报道提到的${listed[1]}有:`;
  return '报道提到的有:';
}

/** "A、B和C". */
export function joinChinese(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items.at(-1)}`;
}
