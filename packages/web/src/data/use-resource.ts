import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { state: 'loading'; data?: undefined; error?: undefined }
  | { state: 'ready'; data: T; error?: undefined }
  | { state: 'failed'; data?: undefined; error: Error };

/**
 * Loads data for a screen and reloads when `deps` change. An answer that arrives after a
 * newer request started is ignored, so fast filter changes cannot show stale results.
 * `reload()` keeps showing the data it has until the new answer is there, so the page keeps
 * its focus and its live messages after an action.
 */
export function useResource<T>(
  load: () => Promise<T>,
  deps: DependencyList,
): Resource<T> & { reload(): void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadedAttempt = useRef(attempt);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what `load` depends on
  useEffect(() => {
    let current = true;
    const reloading = loadedAttempt.current !== attempt;
    loadedAttempt.current = attempt;
    // The same object when already loading (as on mount): no render for nothing.
    if (!reloading) setResource((r) => (r.state === 'loading' ? r : { state: 'loading' }));
    load().then(
      (data) => {
        if (current) setResource({ state: 'ready', data });
      },
      (error: unknown) => {
        if (current)
          setResource({
            state: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...resource, reload };
}
