import type { PreparedAnswer } from './prepared-answer.js';

/**
 * The last answers a route built, each with the version of the data it was built from, the
 * least recently used dropped beyond `max`. A route reads the data's version first (a counter
 * its module's writes move on in their own transactions, so every process sees it at once),
 * and sends the kept answer while the version is unchanged: an unchanged page is neither
 * rebuilt nor hashed again. Built after the version was read, a kept answer is never older
 * than its version says.
 */
export class KeptAnswers {
  readonly #max: number;
  readonly #answers = new Map<string, { version: string; answer: PreparedAnswer }>();

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`KeptAnswers: max ${max} is not ≥ 1.`);
    this.#max = max;
  }

  /** The answer kept for `key` when it was built from `version`, or `undefined`. */
  get(key: string, version: string): PreparedAnswer | undefined {
    const kept = this.#answers.get(key);
    if (!kept || kept.version !== version) return undefined;
    // Used again: moves to the back of the order (a Map keeps insertion order).
    this.#answers.delete(key);
    this.#answers.set(key, kept);
    return kept.answer;
  }

  set(key: string, version: string, answer: PreparedAnswer): void {
    this.#answers.delete(key);
    this.#answers.set(key, { version, answer });
    if (this.#answers.size > this.#max) {
      const oldest = this.#answers.keys().next().value as string;
      this.#answers.delete(oldest);
    }
  }

  /** How many answers are kept (at most `max`). */
  get size(): number {
    return this.#answers.size;
  }
}
