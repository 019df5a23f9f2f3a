import type { z } from 'zod';
import type { Locale } from '../i18n/locale.js';
import { createTranslator, type MessageCatalogue } from '../i18n/translator.js';
import { YEAR_RANGE } from './calendar.js';
import type { InputReason } from './schemas.js';

/**
 * What a refused field is told, in both languages. The field itself travels beside the
 * message (`field`), so a message never repeats the path; zod's own English wording
 * ("Too small: expected string to have >=12 characters") never reaches a person.
 */
export const validationMessages: MessageCatalogue = {
  de: {
    required: 'Bitte ausfüllen.',
    'type.string': 'Erwartet wird ein Text.',
    'type.number': 'Erwartet wird eine Zahl.',
    'type.int': 'Erwartet wird eine ganze Zahl.',
    'type.boolean': 'Erwartet wird ja oder nein (true/false).',
    'type.array': 'Erwartet wird eine Liste.',
    'type.object': 'Erwartet wird ein Objekt.',
    'type.other': 'Dieser Wert hat nicht den erwarteten Typ.',
    'string.min': 'Bitte mindestens {n} Zeichen eingeben.',
    'string.max': 'Bitte höchstens {n} Zeichen eingeben.',
    'string.length': 'Bitte genau {n} Zeichen eingeben.',
    'number.min': 'Der Wert muss mindestens {n} sein.',
    'number.minExclusive': 'Der Wert muss größer als {n} sein.',
    'number.max': 'Der Wert darf höchstens {n} sein.',
    'number.maxExclusive': 'Der Wert muss kleiner als {n} sein.',
    'array.min': 'Bitte mindestens {n} Einträge angeben.',
    'array.max': 'Bitte höchstens {n} Einträge angeben.',
    'format.email': 'Bitte eine gültige E-Mail-Adresse angeben, z. B. name@example.org.',
    'format.uuid': 'Erwartet wird eine UUID.',
    'format.url': 'Bitte eine gültige Adresse (URL) angeben.',
    'format.other': 'Dieser Wert hat nicht das erwartete Format.',
    oneOf: 'Bitte einen dieser Werte wählen: {values}.',
    multipleOf: 'Der Wert muss ein Vielfaches von {n} sein.',
    unknownKeys: 'Unbekannte Angabe: {keys}.',
    invalid: 'Dieser Wert ist nicht zulässig.',
    'body.empty': 'Die Anfrage hat keinen Inhalt.',
    'body.notJson': 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    'body.hint': 'Ein JSON-Objekt mit Content-Type: application/json senden.',
    control_characters:
      'Bitte Steuerzeichen entfernen; erlaubt sind nur Tabulator und Zeilenumbruch.',
    calendar_date:
      'Bitte einen Tag angeben, den es gibt, als JJJJ-MM-TT (Jahre {minYear} bis {maxYear}).',
    time_of_day: 'Bitte eine Uhrzeit als HH:MM angeben (00:00 bis 23:59).',
    local_date_time:
      'Bitte Datum und Uhrzeit angeben, die es gibt, als JJJJ-MM-TTTHH:MM (Jahre {minYear} bis {maxYear}).',
    instant:
      'Bitte Datum und Uhrzeit mit Zeitzone angeben, z. B. 2026-03-01T09:00:00+01:00 (Jahre {minYear} bis {maxYear}).',
    same_origin_path:
      'Bitte einen Pfad auf dieser Website angeben, der mit / beginnt, z. B. /bilder/rathaus.jpg.',
    same_origin_page:
      'Bitte die Adresse einer Seite dieser App angeben, die mit / beginnt, z. B. /news/stadtfest.',
    web_link:
      'Bitte eine Webadresse angeben, die mit https:// beginnt, z. B. https://www.example.de.',
  },
  en: {
    required: 'Please fill this in.',
    'type.string': 'Expected a text.',
    'type.number': 'Expected a number.',
    'type.int': 'Expected a whole number.',
    'type.boolean': 'Expected yes or no (true/false).',
    'type.array': 'Expected a list.',
    'type.object': 'Expected an object.',
    'type.other': 'This value does not have the expected type.',
    'string.min': 'Please enter at least {n} characters.',
    'string.max': 'Please enter at most {n} characters.',
    'string.length': 'Please enter exactly {n} characters.',
    'number.min': 'The value must be at least {n}.',
    'number.minExclusive': 'The value must be greater than {n}.',
    'number.max': 'The value may be at most {n}.',
    'number.maxExclusive': 'The value must be less than {n}.',
    'array.min': 'Please give at least {n} entries.',
    'array.max': 'Please give at most {n} entries.',
    'format.email': 'Please enter a valid e-mail address, e.g. name@example.org.',
    'format.uuid': 'Expected a UUID.',
    'format.url': 'Please enter a valid address (URL).',
    'format.other': 'This value does not have the expected format.',
    oneOf: 'Please choose one of: {values}.',
    multipleOf: 'The value must be a multiple of {n}.',
    unknownKeys: 'Unknown field: {keys}.',
    invalid: 'This value is not allowed.',
    'body.empty': 'The request body is empty.',
    'body.notJson': 'The request body is not valid JSON.',
    'body.hint': 'Send a JSON object with Content-Type: application/json.',
    control_characters: 'Please remove control characters; only tab and newline are allowed.',
    calendar_date: 'Please give a day that exists, as YYYY-MM-DD (years {minYear} to {maxYear}).',
    time_of_day: 'Please give a time of day as HH:MM (00:00 to 23:59).',
    local_date_time:
      'Please give a date and time that exist, as YYYY-MM-DDTHH:MM (years {minYear} to {maxYear}).',
    instant:
      'Please give a date and time with offset, e.g. 2026-03-01T09:00:00+01:00 (years {minYear} to {maxYear}).',
    same_origin_path: 'Please give a path on this site starting with /, e.g. /bilder/rathaus.jpg.',
    same_origin_page:
      'Please give the address of a page of this app starting with /, e.g. /news/stadtfest.',
    web_link: 'Please give a web address starting with https://, e.g. https://www.example.de.',
  },
};

const REASONS: readonly InputReason[] = [
  'control_characters',
  'calendar_date',
  'time_of_day',
  'local_date_time',
  'instant',
  'same_origin_path',
  'same_origin_page',
  'web_link',
];

type Issue = z.core.$ZodIssue;
type Key = [key: string, params?: Record<string, string | number>];

function bound(value: unknown): string | number {
  return typeof value === 'bigint' ? value.toString() : Number(value);
}

function keyOf(issue: Issue): Key {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return ['required'];
      if (issue.expected === 'int') return ['type.int'];
      return [
        ['string', 'number', 'boolean', 'array', 'object'].includes(issue.expected)
          ? `type.${issue.expected}`
          : 'type.other',
      ];
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const n = bound(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        if (issue.exact) return ['string.length', { n }];
        return [small ? 'string.min' : 'string.max', { n }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [small ? 'array.min' : 'array.max', { n }];
      }
      const exclusive = issue.inclusive === false;
      return [`number.${small ? 'min' : 'max'}${exclusive ? 'Exclusive' : ''}`, { n }];
    }
    case 'invalid_format':
      return [
        ['email', 'uuid', 'url'].includes(issue.format) ? `format.${issue.format}` : 'format.other',
      ];
    case 'invalid_value':
      return ['oneOf', { values: issue.values.map(String).join(', ') }];
    case 'not_multiple_of':
      return ['multipleOf', { n: bound(issue.divisor) }];
    case 'unrecognized_keys':
      return ['unknownKeys', { keys: issue.keys.join(', ') }];
    case 'custom': {
      const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
      if (REASONS.includes(reason as InputReason)) {
        return [reason as string, { minYear: YEAR_RANGE.min, maxYear: YEAR_RANGE.max }];
      }
      return ['invalid'];
    }
    default:
      return ['invalid'];
  }
}

/**
 * The message for one zod issue in `locale`. `ownMessage` is the schema's own wording where
 * it has one (more specific, but English only): English readers get it, German readers the
 * catalogue's German, since a German page must not show English.
 */
export function validationMessage(issue: Issue, locale: Locale, ownMessage?: string): string {
  if (locale === 'en' && ownMessage) return ownMessage;
  const [key, params] = keyOf(issue);
  return createTranslator(locale, validationMessages)(key, params);
}
