import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,ingest,index,tools,agent,channels,evals,test}/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Lets the load test measure memory after a real collection.
    execArgv: ['--expose-gc'],
  },
});
