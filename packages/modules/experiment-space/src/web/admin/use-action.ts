import { useState } from 'react';
import { failureText, refusalOf } from '../parts/failure.js';
import type { Space } from '../use-space.js';

export type FieldErrors = Record<string, string>;

/**
 * Runs a staff action and keeps what came of it: a message for the live region, or the
 * server's refusal, placed at the field it names when the form has that field.
 */
export function useAction(space: Pick<Space, 't'>, fields: readonly string[] = []) {
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function run<T>(
    name: string,
    work: () => Promise<T>,
    done: (result: T) => string,
  ): Promise<T | undefined> {
    setBusy(name);
    setFailure(null);
    setErrors({});
    try {
      const result = await work();
      setAnnouncement(done(result));
      return result;
    } catch (error) {
      const message = failureText(error, space.t);
      const field = refusalOf(error)?.field;
      const known = field && fields.find((f) => f === field || field.startsWith(`${f}.`));
      if (known) setErrors({ [known]: message });
      else setFailure(message);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { busy, announcement, errors, failure, setErrors, setFailure, setAnnouncement, run };
}
