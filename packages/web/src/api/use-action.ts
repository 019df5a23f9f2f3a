import type { Translate } from '@city-app/core';
import { useState } from 'react';
import { failureText, refusalOf } from './failure.js';

/** Messages for a form's fields, by the field's name. */
export type FieldErrors = Record<string, string>;

/**
 * Runs an action of a form (mostly staff screens) and keeps what came of it: a message for
 * the live region, or the server's refusal, placed at the form's field it names when the
 * form has that field (`fields`), else shown above the form. `busy` names the running action.
 */
export function useAction({ t }: { t: Translate }, fields: readonly string[] = []) {
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
      const message = failureText(error, t);
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
