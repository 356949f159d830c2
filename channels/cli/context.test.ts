import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/index.js';
import { loggerFor, type CliIo } from './context.js';

describe('loggerFor', () => {
  it('prints warnings unless LOG_LEVEL is error or silent', () => {
    const lines: string[] = [];
    const io: CliIo = { env: {}, stdout: () => {}, stderr: (text) => lines.push(text), interactive: false };
    loggerFor(loadConfig({}), io)('qdrant unavailable');
    loggerFor(loadConfig({ LOG_LEVEL: 'error' }), io)('hidden');
    loggerFor(loadConfig({ LOG_LEVEL: 'silent' }), io, 'error')('hidden too');
    loggerFor(loadConfig({ LOG_LEVEL: 'error' }), io, 'error')('shown');
    expect(lines).toEqual(['qdrant unavailable\n', 'shown\n']);
  });
});
