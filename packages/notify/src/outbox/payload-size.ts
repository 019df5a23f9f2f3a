import { MAX_PLAINTEXT_BYTES, notifyErrors } from '../errors.js';
import { payloadFor } from '../payload.js';
import type { SendOutput } from '../schemas.js';

/** Refuses now what could never be delivered: the largest localized payload must fit. */
export function refuseOversized(input: SendOutput): void {
  for (const language of ['de', 'en']) {
    const size = Buffer.byteLength(
      JSON.stringify(
        payloadFor(
          {
            ...input,
            id: '9'.repeat(19),
            topic: input.topic ?? null,
            collapseKey: input.collapseKey ?? null,
          },
          language,
        ),
      ),
    );
    if (size > MAX_PLAINTEXT_BYTES) throw notifyErrors.payloadTooLarge(size, 'body');
  }
}
