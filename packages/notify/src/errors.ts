import { CityAppError } from '@city-app/core';
import type { EndpointRefusal } from './endpoints/push-services.js';

const ENDPOINT_REFUSALS: Record<EndpointRefusal, string> = {
  not_https: 'A push endpoint must be an https URL.',
  unknown_push_service: 'The endpoint is not the push service of a browser this town accepts.',
  non_public_address: 'The endpoint is not on a public address.',
};

/** Errors of the notification SDK, by stable code. */
export const notifyErrors = {
  payloadTooLarge: (bytes: number, field = 'payload') =>
    new CityAppError({
      code: 'push_payload_too_large',
      title: 'Notification too long',
      message: `The notification is ${bytes} bytes of plaintext; Web Push carries at most ${MAX_PLAINTEXT_BYTES}.`,
      hint: 'Shorten the title or the text; link to the full article with `url` instead.',
      field,
      status: 413,
    }),
  invalid: (field: string, message: string, hint?: string) =>
    new CityAppError({
      code: 'validation_failed',
      title: 'Invalid input',
      message,
      hint,
      field,
      status: 400,
    }),
  endpointRefused: (field: string, reason: EndpointRefusal) =>
    new CityAppError({
      code: 'push_endpoint_refused',
      title: 'Push service not accepted',
      message: ENDPOINT_REFUSALS[reason],
      hint: 'Subscribe again in a current browser. An operator who runs a push service of the town sets CITY_APP_PUSH_SERVICES.',
      field,
      status: 400,
    }),
  tooSoon: (seconds: number) =>
    new CityAppError({
      code: 'too_many_requests',
      title: 'Too soon',
      message: 'A test notification was sent to this device moments ago.',
      hint: `Wait ${seconds} seconds and try again.`,
      status: 429,
    }),
  notFound: (what: string) =>
    new CityAppError({
      code: 'not_found',
      title: 'Not found',
      message: `${what} was not found.`,
      status: 404,
    }),
};

/**
 * Most plaintext one aes128gcm record can carry: push services accept 4,096 bytes of body;
 * the header takes 86 (16 salt + 4 rs + 1 idlen + 65 key id), the tag 16 and the padding
 * delimiter 1.
 */
export const MAX_PLAINTEXT_BYTES = 4096 - 86 - 16 - 1;
