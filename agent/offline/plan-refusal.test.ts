import { describe, expect, it } from 'vitest';
import { createAliasTable } from '../../index/index.js';
import { understandQuestion } from '../question-frame.js';
import { dontSaySentence } from './plan-refusal.js';
import type { PlannerContext } from './planner-context.js';

const aliases = createAliasTable();
const context = (lang: 'en' | 'zh') => ({ aliases, lang }) as unknown as PlannerContext;
const frame = (text: string) => understandQuestion(text, { aliases, documents: [] });
const declined = (text: string, lang: 'en' | 'zh', figureAsked: boolean) => dontSaySentence(frame(text), context(lang), figureAsked);

describe('dontSaySentence: a refusal names what was asked', () => {
  it('restates a question that asked no figure, and never calls it figures or 数据', () => {
    expect(declined("Who led SiliconFlow's Series A round?", 'en', false)).toBe("The reports don't say who led SiliconFlow's Series A round.");
    expect(declined('What is the biggest obstacle holding Baidu back in cloud?', 'en', false)).toBe("The reports don't say what the biggest obstacle holding Baidu back in cloud is.");
    expect(declined('Which startups did Tencent back in 2024?', 'en', false)).toBe("The reports don't say which startups Tencent backed in 2024.");
    expect(declined('斑马网络目前有哪些隐忧?', 'zh', false)).toBe('报告没有说明斑马网络目前有哪些隐忧。');
    expect(declined('百度在云市场上主要担心什么?', 'zh', false)).toBe('报告没有说明百度在云市场上主要担心什么。');
    for (const text of ['Who backed Moonshot AI?', 'How does Tencent plan to use WeChat for AI?', '谁投资了智谱?', '腾讯为什么押注元宝?']) {
      const sentence = declined(text, /\p{Script=Han}/u.test(text) ? 'zh' : 'en', false);
      expect(sentence, text).not.toMatch(/figures|相关数据|数据/);
    }
  });

  it('says plainly that the reports do not answer a question it cannot restate', () => {
    expect(declined('How much of that was cash, and why does that matter for Alibaba?', 'en', false)).toBe("The reports don't say anything that answers this directly.");
    expect(declined('阿里投资宇树是为了盈利吗?', 'zh', false)).toBe('报告没有直接回答这个问题。');
  });

  it('restates a figure question whose measure the question does not name, rather than the measure read into it', () => {
    expect(declined('How big a single GPU cluster can Tencent provide?', 'en', true)).toBe("The reports don't say how big a single GPU cluster Tencent can provide.");
    expect(declined('How many employees does Tencent have?', 'en', true)).toBe("The reports don't say how many employees Tencent has.");
    expect(declined('腾讯2024年的员工总数是多少?', 'zh', true)).toBe('报告没有说明腾讯2024年的员工总数是多少。');
  });

  it('still names the measure of a figure question (near miss: unchanged)', () => {
    expect(declined("What was Apple's capital expenditure in 2024?", 'en', true)).toBe("The reports don't say Apple's capital expenditure in 2024.");
    expect(declined('阿里巴巴2026年的资本开支是多少?', 'zh', true)).toBe('报道没有提到阿里巴巴2026年的资本开支。');
    expect(declined('How many models does ModelScope host?', 'en', true)).toBe("The reports don't say how many models ModelScope hosts.");
  });

  it('declines a count as asked, not as "X\'s chips" (class: how many chips, servers, users)', () => {
    expect(declined('How many H20 chips did Tencent end up buying?', 'en', true)).toBe("The reports don't say how many H20 chips Tencent ended up buying.");
    expect(declined('How many servers did Baidu buy in 2026?', 'en', true)).toBe("The reports don't say how many servers Baidu bought in 2026.");
  });
});
