import { act } from 'react';

/** Waits (letting React work) until `check` passes, or fails with its last error. */
export async function waitFor<T>(check: () => T, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      return check();
    } catch (error) {
      last = error;
    }
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  throw last;
}

/** Lets a fake API's answers arrive and the screen render them. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}
