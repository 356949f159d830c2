/** @module One answer at a time, in arrival order; a bounded number may wait, the rest are turned away. */

export interface AnswerQueue {
  /** False when the queue is full: the caller tells the asker to wait. */
  push(task: () => Promise<void>): boolean;
  /** Resolves when everything queued so far has run. */
  idle(): Promise<void>;
}

export function createAnswerQueue(limit: number): AnswerQueue {
  let waiting = 0;
  let tail: Promise<void> = Promise.resolve();
  return {
    push(task) {
      if (waiting >= limit) return false;
      waiting++;
      // A failing task must not stop the ones behind it.
      tail = tail.then(() => task().catch(() => undefined)).finally(() => { waiting--; });
      return true;
    },
    idle: () => tail,
  };
}
