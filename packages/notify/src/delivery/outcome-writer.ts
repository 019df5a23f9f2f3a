/**
 * Writes outcomes soon after they arrive, one write at a time. Writing each at once cost
 * several times the push itself (a transaction per few outcomes), so a write waits until
 * `batch` outcomes are queued, or no push of the claim is on the network any more, or
 * `delayMs` passed — whichever comes first. `write` resolves once its outcomes are committed.
 */
import type { Outcome } from './rows.js';

export interface OutcomeWriter {
  write(outcomes: Outcome[]): Promise<void>;
}

export interface WriteWhen {
  batch: number;
  /** True when no further outcome is on its way soon (nothing of the claim is being pushed). */
  idle: () => boolean;
  delayMs: number;
}

export function createOutcomeWriter(
  commit: (outcomes: Outcome[]) => Promise<void>,
  when: WriteWhen,
): OutcomeWriter {
  let queued: Outcome[] = [];
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  let busy = false;
  let timer: NodeJS.Timeout | undefined;

  const due = () => queued.length >= when.batch || when.idle();

  async function drain(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    busy = true;
    do {
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
    } while (queued.length && due());
    busy = false;
    schedule();
  }

  function schedule(): void {
    if (busy || !queued.length) return;
    if (due()) void drain();
    else timer ??= setTimeout(() => void drain(), when.delayMs);
  }

  return {
    write(outcomes) {
      const written = new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
      queued.push(...outcomes);
      schedule();
      return written;
    },
  };
}
