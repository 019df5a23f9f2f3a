import { localDateOf } from '@city-app/core';
import type { CityEnv, ModuleServerContext } from '@city-app/server';
import type { Context } from 'hono';
import { type ReportInput, reportInputSchema } from '../../api/public-report.js';
import { categoryOf, type ReportsConfig } from '../../config.js';
import { open311Error } from '../../errors/open311.js';
import { publicOrigin, text } from '../notices/texts.js';
import { admitReport } from '../reports/limits.js';
import { submitReport } from '../reports/submit.js';
import { checkApiKey } from './api-keys.js';
import { requestLocale } from './format.js';
import type { XmlElement } from './xml.js';

/** Our fields → the Open311 fields a refusal names. */
const OPEN311_FIELD: Record<string, string> = {
  category: 'service_code',
  address: 'address_string',
  description: 'description',
  email: 'email',
};

const invalid = (field: string) => open311Error('open311_field_invalid', { field }, { field });

/** The form's text fields; a blank one counts as absent. Files (a `media` upload) are left out. */
async function readForm(
  c: Context<CityEnv>,
): Promise<{ fields: Record<string, string>; file: boolean }> {
  const body = await c.req.parseBody().catch(() => {
    throw invalid('body');
  });
  const fields: Record<string, string> = {};
  let file = false;
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') fields[name] = value;
    } else file = true;
  }
  return { fields, file };
}

/** `lat`/`long` as numbers, both or neither; a half or a word is refused naming the field. */
function location(fields: Record<string, string>): ReportInput['location'] {
  const { lat, long } = fields;
  if (lat === undefined && long === undefined) return undefined;
  const number = (value: string | undefined, field: string) => {
    const n =
      value !== undefined && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(n)) throw invalid(field);
    return n;
  };
  return { lat: number(lat, 'lat'), lon: number(long, 'long') };
}

/**
 * `POST requests`: an Open311 client's report, created exactly as a resident's — the same
 * checks and limits, pending review, the department's e-mail in the same transaction. The
 * name and phone fields of the standard are not kept (the town needs no more than an
 * optional e-mail), and a photo by `media_url` is not fetched: the server makes no request
 * to an address a stranger names. The answer says so in `service_notice`.
 */
export async function createRequest(
  ctx: ModuleServerContext<ReportsConfig>,
  c: Context<CityEnv>,
): Promise<XmlElement> {
  const { fields, file } = await readForm(c);
  await checkApiKey(ctx.db, fields.api_key);
  const code = fields.service_code;
  if (!code) throw invalid('service_code');
  if (!categoryOf(ctx.config, code)) {
    throw open311Error(
      'open311_service_unknown',
      { code: code.slice(0, 40) },
      { field: 'service_code' },
    );
  }
  const where = location(fields);
  if (!where && !fields.address_string) {
    throw open311Error('open311_location_missing', {}, { field: 'lat' });
  }
  const locale = requestLocale(c);
  const parsed = reportInputSchema.safeParse({
    category: code,
    ...(where ? { location: where } : {}),
    ...(fields.address_string ? { address: fields.address_string } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    ...(fields.email ? { email: fields.email.trim() } : {}),
    language: locale,
  });
  if (!parsed.success) {
    const [first, second] = parsed.error.issues[0]?.path ?? [];
    if (first === 'location') throw invalid(second === 'lon' ? 'long' : 'lat');
    throw invalid(OPEN311_FIELD[String(first)] ?? String(first));
  }
  const admission = await admitReport(ctx, c, undefined);
  try {
    const submitted = await submitReport(ctx, parsed.data, null, {
      year: Number(localDateOf(new Date(), ctx.city.timezone).slice(0, 4)),
      language: locale,
      origin: publicOrigin(ctx.env, c.req.url),
      idempotencyKey: c.req.header('idempotency-key')?.slice(0, 200),
    });
    const notes = [text(locale, 'reports.open311.received')];
    if (fields.media_url || file) notes.push(text(locale, 'reports.open311.mediaIgnored'));
    return {
      service_request_id: submitted.publicId,
      service_notice: notes.join(' '),
      account_id: null,
    };
  } catch (error) {
    // Nothing was stored: the attempt does not count against the limits.
    await admission.release();
    throw error;
  }
}
