/**
 * Writes outcomes as they arrive: one write at a time, each taking everything that arrived
 * while the previous one ran, so a busy worker writes few, larger transactions. `write`
 * resolves once the outcomes given to it are committed.
 */
import type { Outcome } from './rows.js';

export interface OutcomeWriter {
  write(outcomes: Outcome[]): Promise<void>;
}

export function createOutcomeWriter(commit: (outcomes: Outcome[]) => Promise<void>): OutcomeWriter {
  let queued: Outcome[] = [];
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let busy = false;

  async function drain(): Promise<void> {
    busy = true;
    while (queued.length) {
      const outcomes = queued;
      const settle = waiting;
      queued = [];
      waiting = [];
      try {
        await commit(outcomes);
        for (const w of settle) w.resolve();
      } catch (error) {
        for (const w of settle) w.reject(error);
      }
    }
    busy = false;
  }

  return {
    write(outcomes) {
      const written = new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
      queued.push(...outcomes);
      if (!busy) void drain();
      return written;
    },
  };
}
