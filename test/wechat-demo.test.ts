/** `baogao wechat --demo`: the real plugin on wechaty-puppet-mock in a simulated group, driven line by line. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../channels/cli/main.js';
import { inProcessAnswerer } from '../channels/wechat/answerers.js';
import { startDemoGroup, type DemoGroup, type DemoMessage } from '../channels/wechat/demo-group.js';
import { openIndex } from '../index/index.js';
import { loadCorpus, REPORTS_DIR } from './helpers/corpus.js';

describe('the demo group', () => {
  let group: DemoGroup;
  const seen: DemoMessage[] = [];
  beforeAll(async () => {
    const index = await openIndex((await loadCorpus()).snapshot);
    group = await startDemoGroup({ answerer: inProcessAnswerer(async () => index), onMessage: (message) => seen.push(message) });
  });
  afterAll(() => group.stop());

  it('answers an @-mention through the mock puppet, @-mentioning the asker, with circled sources', async () => {
    const { forTheBot, replies } = await group.send('You', "@Baogao What was Tencent's capital expenditure in Q4 2024?");
    expect(forTheBot).toBe(true);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ chat: '报告讨论群', from: 'Baogao', fromBot: true });
    expect(replies[0]!.text).toMatch(/^@You .*36\.578 billion yuan.*①/s);
    expect(replies[0]!.text).toMatch(/\n① 定焦One, 2025-10-09 ¶5\n② Caixin, 2025-06-23 ¶59$/);
    expect(seen.map((message) => message.from)).toEqual(['You', 'Baogao']);
  });

  it('lets chatter pass, answers prefixes, commands, quoted replies and direct chats', async () => {
    expect(await group.send('Mary', '今天中午吃什么?')).toEqual({ forTheBot: false, replies: [] });
    expect(await group.send('Mary', '/help')).toEqual({ forTheBot: false, replies: [] });
    const prefixed = await group.send('Mary', '/ask Who founded DeepSeek?');
    expect(prefixed.replies[0]!.text).toMatch(/^@Mary .*Liang Wenfeng/s);
    const sources = await group.send('李雷', '@Baogao #来源');
    expect(sources.replies[0]!.text).toMatch(/^@李雷 我依据的报告:\n①/);
    const quoted = await group.send('Mary', "「You：@Baogao What was Tencent's capital expenditure in Q4 2024?」\n- - - - - - - - - - - - - - -\n@Baogao Which report said that?");
    expect(quoted.replies[0]!.text).toMatch(/^@Mary .*定焦One/s);
    const direct = await group.send('Mary', '/reset', { direct: true });
    expect(direct.replies).toEqual([{ chat: 'direct', from: 'Baogao', fromBot: true, text: 'Done: I have forgotten our conversation.' }]);
  });
});

describe('baogao wechat --demo', () => {
  let data: string;
  beforeAll(async () => { data = await mkdtemp(join(tmpdir(), 'baogao-wechat-demo-')); });
  afterAll(() => rm(data, { recursive: true, force: true }));

  it('reads members\' messages from piped stdin and prints the group as WeChat shows it', async () => {
    let stdout = '';
    let stderr = '';
    const lines = ['大家好', "@Baogao What was Tencent's capital expenditure in Q4 2024?", ':as Mary', ':quote 2 @Baogao Which report said that?', ':as Nobody', ':quit', '@Baogao never sent'];
    const code = await runCli(['wechat', '--demo'], {
      env: { REPORTS_DIR, BAOGAO_DATA_DIR: data, LOG_LEVEL: 'warn', WECHAT_ROOMS: 'some other group' },
      stdout: (text) => { stdout += text; },
      stderr: (text) => { stderr += text; },
      interactive: false,
      stdin: Readable.from([lines.join('\n')]),
    });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^Simulated WeChat group "报告讨论群"/);
    expect(stdout).toContain('#1 [报告讨论群] You:\n    大家好\n    (Baogao lets this pass');
    expect(stdout).toMatch(/#3 \[报告讨论群\] Baogao:\n {4}@You .*36\.578 billion yuan/);
    expect(stdout).toMatch(/#4 \[报告讨论群\] Mary:\n {4}「You：@Baogao What was Tencent's/);
    expect(stdout).toMatch(/#5 \[报告讨论群\] Baogao:\n {4}@Mary /);
    expect(stdout).toContain('(Nobody is not in the group');
    expect(stdout).not.toContain('never sent');
  });
});
