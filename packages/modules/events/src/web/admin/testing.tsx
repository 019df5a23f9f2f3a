// Helpers of the staff screens' component tests: the shell's (a fake API that records what it
// was asked, a page to drive by labels and button names), with this module's staff and words.
import { createTranslator, type Locale } from '@city-app/core';
import { shellMessages } from '@city-app/web';
import { staffScreenProblems } from '@city-app/web/testing';
import { expect } from 'vitest';
import { messages } from '../../messages/index.js';
import type { Staff } from './staff.js';

export {
  type Asked,
  answer,
  fakeApi,
  render,
  settle,
} from '@city-app/web/testing';

/** A staff member in `locale`, in Hagenow's zone; `navigate` records where screens send them. */
export function staffFor(
  api: Staff['api'],
  locale: Locale = 'de',
  navigate: (path: string) => void = () => {},
): Staff {
  const t = createTranslator(locale, shellMessages, messages);
  return { t, locale, timeZone: 'Europe/Berlin', api, navigate };
}

/** What every staff screen must be (see `staffScreenProblems`), for the events module's keys. */
export async function expectWellFormed(container: HTMLElement, current: string | null) {
  expect(await staffScreenProblems(container, { current, keys: /events\.staff\./ })).toEqual([]);
}
