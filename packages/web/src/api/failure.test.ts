import { createTranslator } from '@city-app/core';
import { describe, expect, it } from 'vitest';
import { shellMessages } from '../i18n/messages.js';
import { ApiError } from './api-client.js';
import { failureText, refusalOf } from './failure.js';

const de = createTranslator('de', shellMessages);
const en = createTranslator('en', shellMessages);

describe('failureText', () => {
  it('shows the server’s refusal as worded, with its hint', () => {
    const refused = new ApiError({
      status: 409,
      code: 'slot_taken',
      message: 'Dieser Termin ist schon vergeben.',
      hint: 'Wählen Sie einen anderen.',
      field: 'start',
    });
    expect(refusalOf(refused)?.field).toBe('start');
    expect(failureText(refused, de)).toBe(
      'Dieser Termin ist schon vergeben. Wählen Sie einen anderen.',
    );
  });

  it('says the server was not reached, in the page’s language', () => {
    const offline = new ApiError({ status: 0, code: 'network', message: 'Failed to fetch' });
    expect(refusalOf(offline)).toBeNull();
    expect(failureText(offline, de)).toMatch(/^Der Server ist nicht erreichbar/);
    expect(failureText(offline, en)).toMatch(/^The server cannot be reached/);
  });

  it('never shows the client’s English words for an answer without a catalogue error', () => {
    for (const code of ['http_502', 'invalid_response']) {
      const proxy = new ApiError({ status: 502, code, message: 'Bad Gateway (HTTP 502)' });
      expect(refusalOf(proxy)).toBeNull();
      expect(failureText(proxy, de)).toBe('Das hat nicht geklappt. Bitte versuchen Sie es erneut.');
    }
    expect(failureText(new Error('boom'), en)).toBe('That did not work. Please try again.');
  });
});
