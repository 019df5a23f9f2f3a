import {
  type CityAppError,
  isCityAppError,
  type Locale,
  localeFromAcceptLanguage,
} from '@city-app/core';
import type { CityEnv, Logger } from '@city-app/server';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { open311Error } from '../../errors/open311.js';
import { type XmlElement, xmlDocument } from './xml.js';

export type Format = 'json' | 'xml';

/** `services.json` → `{ name: 'services', format: 'json' }`; another ending is refused. */
export function splitFormat(file: string): { name: string; format: Format } {
  const dot = file.lastIndexOf('.');
  const format = dot < 0 ? '' : file.slice(dot + 1);
  if (format !== 'json' && format !== 'xml') {
    throw open311Error(
      'open311_format_unknown',
      { format: format.slice(0, 20) },
      { field: 'format' },
    );
  }
  return { name: file.slice(0, dot), format };
}

/** The format an address asks for, for an error raised before `splitFormat` ran. */
const formatOfPath = (path: string): Format => (path.endsWith('.xml') ? 'xml' : 'json');

export const requestLocale = (c: Context<CityEnv>): Locale =>
  localeFromAcceptLanguage(c.req.header('accept-language'));

/**
 * An Open311 answer: `json` as given, or `xml` as `<root>…</root>`. Answers are never cached
 * by intermediaries: a report's status changes.
 */
export function respondDocument(
  c: Context<CityEnv>,
  format: Format,
  doc: { root: string; json: unknown; xml: XmlElement },
  status: ContentfulStatusCode = 200,
): Response {
  c.header('Cache-Control', 'no-store');
  if (format === 'json') return c.json(doc.json, status);
  c.header('Content-Type', 'text/xml; charset=utf-8');
  return c.body(xmlDocument(doc.root, doc.xml), status);
}

/** An Open311 list: a JSON array of objects, or `<root><item>…</item>…</root>`. */
export function respond(
  c: Context<CityEnv>,
  format: Format,
  list: { root: string; item: string; items: XmlElement[] },
  status: ContentfulStatusCode = 200,
): Response {
  const xml = { [list.item]: list.items };
  return respondDocument(c, format, { root: list.root, json: list.items, xml }, status);
}

/**
 * Errors as the standard writes them, `[{ code, description }]` (`<errors><error>` in XML),
 * in the request's language; `code` is the HTTP status. Anything unexpected is logged and
 * answered without a detail of the server.
 */
function errorList(error: CityAppError, locale: Locale) {
  const description = error.render(locale).message;
  return { root: 'errors', item: 'error', items: [{ code: error.status, description }] };
}

export function open311ErrorHandler(log: Logger) {
  return (error: Error, c: Context<CityEnv>): Response => {
    const locale = requestLocale(c);
    const format = formatOfPath(c.req.path);
    if (isCityAppError(error)) {
      return respond(c, format, errorList(error, locale), error.status as ContentfulStatusCode);
    }
    log.error('open311 request failed', { error: String(error), path: c.req.path });
    return respond(c, format, errorList(open311Error('open311_internal'), locale), 500);
  };
}
