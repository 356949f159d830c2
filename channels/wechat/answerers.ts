/** @module Where answers come from: the agent in this process, or a Baogao server over HTTP (e.g. on Workers). */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { answer } from '../../agent/index.js';
import { BaogaoError, type Answer, type ChatMessage, type ReportDocument } from '../../core/index.js';
import type { OpenIndex } from '../../index/index.js';

export interface Answerer {
  answer(messages: ChatMessage[]): Promise<Answer>;
  reports(): Promise<ReportDocument[]>;
}

export function inProcessAnswerer(index: () => Promise<OpenIndex>, model?: BaseChatModel): Answerer {
  return {
    answer: async (messages) => answer(messages, { index: await index(), model }),
    reports: async () => (await index()).snapshot.documents,
  };
}

const remoteAnswer = z.object({ answer: z.string(), citations: z.array(z.object({ n: z.number() }).passthrough()), lang: z.enum(['en', 'zh']) }).passthrough();
const remoteReports = z.object({ reports: z.array(z.object({ docId: z.string() }).passthrough()) });

export function remoteAnswerer(baseUrl: string, fetchImpl: typeof fetch = fetch): Answerer {
  const call = async (path: string, init?: RequestInit) => {
    const response = await fetchImpl(new URL(path, baseUrl), init).catch((cause: unknown) => {
      throw new BaogaoError('upstream_unavailable', { message: `Baogao server at ${baseUrl} is unreachable`, cause });
    });
    if (!response.ok) throw new BaogaoError('upstream_unavailable', { message: `Baogao server answered ${response.status}` });
    return response.json() as Promise<unknown>;
  };
  return {
    async answer(messages) {
      const parsed = remoteAnswer.safeParse(await call('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messages }) }));
      if (!parsed.success) throw new BaogaoError('upstream_unavailable', { message: 'Baogao server sent an unexpected answer', cause: parsed.error });
      return parsed.data as unknown as Answer;
    },
    async reports() {
      const parsed = remoteReports.safeParse(await call('/api/reports'));
      if (!parsed.success) throw new BaogaoError('upstream_unavailable', { message: 'Baogao server sent an unexpected report list', cause: parsed.error });
      return parsed.data.reports as unknown as ReportDocument[];
    },
  };
}
