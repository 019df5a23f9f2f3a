import { z } from 'zod';
import { isCalendarDate, isInstant, isLocalDateTime, isTimeOfDay, YEAR_RANGE } from './calendar.js';
import { isSameOriginPage, isSameOriginPath, isWebLink, MAX_LINK_LENGTH } from './links.js';
import { hasForbiddenCharacters } from './text.js';

/**
 * Why a value was refused, beyond zod's own issue codes; the kernel words each one from the
 * validation catalogue (`input/messages.ts`) in the request's language.
 */
export type InputReason =
  | 'control_characters'
  | 'calendar_date'
  | 'time_of_day'
  | 'local_date_time'
  | 'instant'
  | 'same_origin_path'
  | 'same_origin_page'
  | 'web_link';

const refused = (reason: InputReason, message: string) => ({
  message,
  params: { reason },
  // Later checks (length, pattern) would only repeat the problem in other words.
  abort: true,
});

/**
 * A string a person typed: no control characters other than tab and newline (see `text.ts`).
 * Chain as usual: `plainText().trim().min(2).max(120)`.
 */
export function plainText() {
  return z
    .string()
    .refine(
      (value) => !hasForbiddenCharacters(value),
      refused('control_characters', 'Remove control characters; only tab and newline are allowed.'),
    );
}

/** A day `YYYY-MM-DD` that exists, in `YEAR_RANGE`. */
export function localDate() {
  return z
    .string()
    .refine(
      isCalendarDate,
      refused(
        'calendar_date',
        `Write a day that exists as YYYY-MM-DD, years ${YEAR_RANGE.min} to ${YEAR_RANGE.max}.`,
      ),
    )
    .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
}

/** A time of day `HH:MM`, 00:00 to 23:59; with `endOfDay`, also 24:00 (the end of an interval). */
export function timeOfDay(options: { endOfDay?: boolean } = {}) {
  const last = options.endOfDay ? '24:00' : '23:59';
  return z
    .string()
    .refine(
      (value) => isTimeOfDay(value, options),
      refused('time_of_day', `Write a time of day as HH:MM, 00:00 to ${last}.`),
    )
    .meta({ pattern: '^\\d{2}:\\d{2}$' });
}

/** A wall-clock time in the town, `YYYY-MM-DDTHH:MM`, both parts valid. */
export function localDateTime() {
  return z
    .string()
    .refine(
      isLocalDateTime,
      refused('local_date_time', 'Write a date and time that exist as YYYY-MM-DDTHH:MM.'),
    )
    .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$' });
}

/** An ISO 8601 instant with offset (`2026-03-01T09:00:00+01:00`), every part valid, year in range. */
export function instant() {
  return z
    .string()
    .refine(
      isInstant,
      refused('instant', 'Write a date and time with offset, e.g. 2026-03-01T09:00:00+01:00.'),
    )
    .meta({ format: 'date-time' });
}

/** A string of at most `MAX_LINK_LENGTH` that `check` accepts, refused for `reason`. */
function link(check: (value: string) => boolean, reason: InputReason, message: string) {
  return z.string().max(MAX_LINK_LENGTH).refine(check, refused(reason, message));
}

/** A path on this site, e.g. an image `/bilder/rathaus.jpg`; never `//host`, `/\\host` or a scheme. */
export function sameOriginPath() {
  return link(
    isSameOriginPath,
    'same_origin_path',
    'Write a path on this site starting with /, e.g. /bilder/rathaus.jpg.',
  ).meta({ format: 'uri-reference' });
}

/** A page of this app, e.g. `/news/stadtfest?seite=2`: a same-origin path with query or fragment. */
export function sameOriginPage() {
  return link(
    isSameOriginPage,
    'same_origin_page',
    'Write the address of a page of this app starting with /, e.g. /news/stadtfest.',
  ).meta({ format: 'uri-reference' });
}

/** A link to another website: http(s) only, with a host, no user name or password. */
export function webLink() {
  return link(
    isWebLink,
    'web_link',
    'Write a web address starting with https://, e.g. https://www.example.de.',
  ).meta({ format: 'uri' });
}
