/**
 * A counting semaphore: at most `n` holders at once, the others wait in order. The worker's
 * pushes hold a permit from before they are sent until their outcome is written.
 */
export interface Permits {
  acquire(): Promise<void>;
  release(): void;
}

export function createPermits(n: number): Permits {
  let free = Math.max(1, n);
  const waiting: (() => void)[] = [];
  return {
    async acquire() {
      if (free > 0) {
        free--;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
