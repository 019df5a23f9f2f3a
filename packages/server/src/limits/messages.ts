import { CityAppError, createTranslator, type MessageCatalogue } from '@city-app/core';
import type { Context } from 'hono';
import { requestLocale } from '../http/request-locale.js';
import type { LimitRule } from './rules.js';

/** What a person reads when a limit holds them back: what was limited, and for how long. */
export const limitMessages: MessageCatalogue = {
  de: {
    'feedbackPerAddress.message':
      'Von Ihrer IP-Adresse kamen in der letzten Stunde schon {max} Rückmeldungen. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    'bookingsPerEmail.message':
      'Mit dieser E-Mail-Adresse wurden in den letzten 24 Stunden schon {max} Buchungen oder Kursplätze angelegt. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    'bookingsPerAddress.message':
      'Von Ihrer IP-Adresse wurden in den letzten 24 Stunden schon {max} Buchungen oder Kursplätze angelegt. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    'installationsPerAddress.message':
      'Von Ihrer IP-Adresse wurden in der letzten Stunde schon {max} Geräte für Benachrichtigungen angemeldet. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    'mailsPerRecipient.message':
      'An diese E-Mail-Adresse gingen in der letzten Stunde schon {max} E-Mails. Bitte versuchen Sie es in {minutes} Minute(n) erneut.',
    hint: 'Die Grenze schützt vor Missbrauch. Brauchen Sie mehr, wenden Sie sich bitte an die Stadt.',
  },
  en: {
    'feedbackPerAddress.message':
      'Your IP address already sent {max} feedback messages in the last hour. Please try again in {minutes} minute(s).',
    'bookingsPerEmail.message':
      'This e-mail address already made {max} bookings or course registrations in the last 24 hours. Please try again in {minutes} minute(s).',
    'bookingsPerAddress.message':
      'Your IP address already made {max} bookings or course registrations in the last 24 hours. Please try again in {minutes} minute(s).',
    'installationsPerAddress.message':
      'Your IP address already registered {max} devices for notifications in the last hour. Please try again in {minutes} minute(s).',
    'mailsPerRecipient.message':
      'This e-mail address already got {max} e-mails in the last hour. Please try again in {minutes} minute(s).',
    hint: 'The limit protects against misuse. If you need more, please contact the town.',
  },
};

/** The field a refusal names: the e-mail the resident typed; none for their IP address. */
const FIELDS: Partial<Record<LimitRule['per'], string>> = { email: 'email', recipient: 'email' };

/**
 * The 429 answer to a request a limit refused, in the request's language, with Retry-After.
 * The code names the limit (`limit_bookings_per_email`), so clients can tell them apart.
 */
export function limitRefusal(c: Context, rule: LimitRule, retryAfter: number): Response {
  const locale = requestLocale(c.req.header('accept-language'));
  const t = createTranslator(locale, limitMessages);
  const field = FIELDS[rule.per];
  const error = new CityAppError({
    code: `limit_${rule.id.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`,
    title: { de: 'Zu viele Anfragen', en: 'Too many requests' },
    message: t(`${rule.id}.message`, { max: rule.max, minutes: Math.ceil(retryAfter / 60) }),
    hint: t('hint'),
    ...(field ? { field } : {}),
    status: 429,
  });
  c.header('Cache-Control', 'no-store');
  return c.json(error.toJSON(locale), 429, { 'Retry-After': String(retryAfter) });
}
