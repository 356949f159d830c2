/** @module How the WeChat bot behaves; DEFAULT_CONFIG is what `npm run wechat` uses unless env says otherwise. */

export interface WechatBotConfig {
  /** A group message starting with one of these is a question even without an @-mention. */
  prefixes: string[];
  /** Other names people use for the bot in groups (its group alias is looked up too). */
  aliases: string[];
  /** Group names or ids the bot answers in; empty means every group. */
  rooms: string[];
  /** Byte budget of one WeChat message, and how many messages one answer may take. */
  maxBytes: number;
  maxMessages: number;
  /** Messages older than this are history being synced, not questions. */
  maxAgeSeconds: number;
  memoryTtlMs: number;
  /** Earlier messages (user and bot) kept per person per chat. */
  memoryTurns: number;
  perPersonPerMinute: number;
  perGroupPerMinute: number;
  /** Questions waiting at most; beyond this, the asker is told to wait. */
  queueLimit: number;
  answerBudgetMs: number;
}

export const DEFAULT_CONFIG: WechatBotConfig = {
  prefixes: ['/ask', '问报告'],
  aliases: [],
  rooms: [],
  maxBytes: 2000,
  maxMessages: 3,
  maxAgeSeconds: 120,
  memoryTtlMs: 30 * 60_000,
  memoryTurns: 10,
  perPersonPerMinute: 6,
  perGroupPerMinute: 20,
  queueLimit: 10,
  answerBudgetMs: 25_000,
};
