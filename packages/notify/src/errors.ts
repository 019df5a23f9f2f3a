import { cityError, errors } from '@city-app/core';
import type { EndpointRefusal } from './endpoints/push-services.js';

/** Each refused endpoint's entry of the error catalogue. */
const ENDPOINT_REFUSALS = {
  not_https: 'push_endpoint_not_https',
  unknown_push_service: 'push_endpoint_unknown_service',
  non_public_address: 'push_endpoint_not_public',
} as const satisfies Record<EndpointRefusal, string>;

/** What a person may look up and not find, as "… was not found" names it. */
const THINGS = {
  installation: { de: 'Die Installation', en: 'The installation' },
  subscription: { de: 'Das Abonnement', en: 'The subscription' },
  dispatch: { de: 'Der Versand', en: 'The dispatch' },
} as const;

/** Errors of the notification SDK: entries of the error catalogue of `@city-app/core`. */
export const notifyErrors = {
  payloadTooLarge: (bytes: number, field = 'payload') =>
    cityError('push_payload_too_large', { bytes, max: MAX_PLAINTEXT_BYTES }, { field }),
  /** An entry whose only parameter is the field it names. */
  raise: (
    id: 'push_key_p256dh_invalid' | 'push_key_p256dh_off_curve' | 'push_key_auth_invalid',
    field: string,
  ) => cityError(id, { field }, { field }),
  endpointRefused: (field: string, reason: EndpointRefusal) =>
    cityError(ENDPOINT_REFUSALS[reason], {}, { field }),
  tooSoon: (seconds: number) => cityError('test_push_too_soon', { seconds }),
  notFound: (what: keyof typeof THINGS) => errors.notFound(THINGS[what]),
};

/**
 * Most plaintext one aes128gcm record can carry: push services accept 4,096 bytes of body;
 * the header takes 86 (16 salt + 4 rs + 1 idlen + 65 key id), the tag 16 and the padding
 * delimiter 1.
 */
export const MAX_PLAINTEXT_BYTES = 4096 - 86 - 16 - 1;
