import { useState } from 'react';
import { failureText, refusalOf } from './failure.js';
import type { Staff } from './staff.js';

/**
 * Runs a staff action and keeps what came of it: a message for the live region, or the
 * server's refusal, placed at the form's field it names (else shown above the form).
 */
export function useAction(staff: Pick<Staff, 't'>, fields: readonly string[] = []) {
  const [busy, setBusy] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
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
      const message = failureText(error, staff.t);
      const field = refusalOf(error)?.field;
      const known = field && fields.find((f) => f === field || field.startsWith(`${f}.`));
      if (known) setErrors({ [known]: message });
      else setFailure(message);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  return { busy, announcement, errors, failure, setErrors, setFailure, run };
}
