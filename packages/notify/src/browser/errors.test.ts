import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PushClientError, subscribeFailure } from './errors.js';

describe('subscribeFailure', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['NotSupportedError', 'unsupported'],
    ['AbortError', 'push-service'],
    ['InvalidStateError', 'push-service'],
    ['InvalidAccessError', 'push-service'],
  ])('reads a %s from PushManager.subscribe() as %s', (name, code) => {
    const failure = subscribeFailure(new DOMException('Registration failed', name));
    expect(failure).toBeInstanceOf(PushClientError);
    expect(failure.code).toBe(code);
  });

  it('keeps a PushClientError as it is', () => {
    const original = new PushClientError('no-service-worker', 'none active');
    expect(subscribeFailure(original)).toBe(original);
  });

  it('gives every other failure a stable code the screen can explain', () => {
    const explained = new Set(['denied', 'unsupported', 'push-service']);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string().map((name) => new DOMException('x', name)),
        ),
        (thrown) => {
          expect(explained.has(subscribeFailure(thrown).code)).toBe(true);
        },
      ),
    );
  });
});
