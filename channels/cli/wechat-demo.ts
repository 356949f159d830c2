/**
 * @module `baogao wechat --demo`: a simulated WeChat group in the terminal. You type as a member; the real
 * plugin answers through wechaty-puppet-mock, and every message prints as WeChat would show it. Lines from
 * a pipe work the same way, one message each, each waiting for the bot to finish.
 */
import { createInterface } from 'node:readline';
import type { Answerer } from '../wechat/answerers.js';
import type { WechatBotConfig } from '../wechat/bot-config.js';
import { startDemoGroup, type DemoMessage } from '../wechat/demo-group.js';
import type { CliIo } from './context.js';

export interface WechatDemoOptions {
  answerer: Answerer;
  config: Partial<WechatBotConfig>;
  io: CliIo;
  log?: (message: string) => void;
}

function introduction(botName: string, topic: string, members: string[], prefixes: string[]): string {
  return [
    `Simulated WeChat group "${topic}": ${[botName, ...members].join(', ')}. You are ${members[0]}.`,
    `Type as a group member. ${botName} answers @${botName} …, or a message starting with ${prefixes.map((prefix) => `"${prefix}"`).join(' or ')}; other chatter it lets pass, as in a real group.`,
    `Try: @${botName} What was Tencent's capital expenditure in Q4 2024?   then   @${botName} And Alibaba?`,
    `     @${botName} /help   @${botName} /sources   @${botName} /reset   ${prefixes[1] ?? prefixes[0]} 阿里巴巴未来三年投入多少?`,
    'Demo controls: :as NAME (speak as another member)  :quote N TEXT (quoted reply to message #N)  :dm TEXT (direct chat)  :quit',
  ].join('\n');
}

/** A message as the chat shows it: who, then the text, indented under the name. */
function show(number: number, message: DemoMessage): string {
  const where = message.chat === 'direct' ? 'direct chat' : message.chat;
  return `#${number} [${where}] ${message.from}:\n${message.text.split('\n').map((line) => `    ${line}`).join('\n')}\n`;
}

/** WeChat's quoted reply: the quote, a dashed line, then the reply. */
export function quotedReply(quoted: DemoMessage, text: string): string {
  return `「${quoted.from}：${quoted.text.replace(/\s+/g, ' ')}」\n- - - - - - - - - - - - - - -\n${text}`;
}

export async function runWechatDemo(options: WechatDemoOptions): Promise<number> {
  const { io } = options;
  const transcript: DemoMessage[] = [];
  const group = await startDemoGroup({
    answerer: options.answerer,
    config: options.config,
    ...(options.log ? { log: options.log } : {}),
    onMessage: (message) => { transcript.push(message); io.stdout(show(transcript.length, message)); },
  });
  const prefixes = options.config.prefixes ?? ['/ask', '问报告'];
  io.stdout(`${introduction(group.botName, group.topic, group.members, prefixes)}\n\n`);
  const terminal = !io.stdin && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const lines = createInterface({ input: io.stdin ?? process.stdin, ...(terminal ? { output: process.stdout } : {}), terminal });
  let speaker = group.members[0]!;
  // Ctrl-C leaves, as Ctrl-D does (readline would otherwise only pause).
  lines.on('SIGINT', () => { process.stdout.write('\n'); lines.close(); });
  const prompt = () => { if (terminal) { lines.setPrompt(`${speaker}> `); lines.prompt(); } };
  prompt();
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === ':quit' || line === ':q') break;
      if (!line) { prompt(); continue; }
      const control = line.match(/^:(as|quote|dm)\b\s*(.*)$/s);
      if (control?.[1] === 'as') {
        const name = control[2]!.trim();
        if (group.members.includes(name)) { speaker = name; io.stdout(`(you are now ${name})\n`); }
        else io.stdout(`(${name || 'that'} is not in the group; members: ${group.members.join(', ')})\n`);
        prompt();
        continue;
      }
      let text = line;
      if (control?.[1] === 'quote') {
        const [, number, rest] = control[2]!.match(/^#?(\d+)\s+([\s\S]+)$/) ?? [];
        const quoted = number ? transcript[Number(number) - 1] : undefined;
        if (!quoted || !rest) { io.stdout(`(usage: :quote N your reply, where N is a message number between 1 and ${transcript.length})\n`); prompt(); continue; }
        text = quotedReply(quoted, rest);
      }
      if (control?.[1] === 'dm') text = control[2]!.trim();
      const { forTheBot } = await group.send(speaker, text, { direct: control?.[1] === 'dm' });
      if (!forTheBot) io.stdout(`    (${group.botName} lets this pass: no @${group.botName}, and it does not start with ${prefixes.join(' or ')})\n`);
      prompt();
    }
  } finally {
    lines.close();
    await group.stop();
  }
  return 0;
}
