import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale.js';
import type { ErrorEntry } from './entry.js';
import type { ExitKind } from './exit-codes.js';
import { type Bilingual, fillTemplate, type ParamValue } from './template.js';

/**
 * One error shape for the whole toolkit (after Astro's error catalogue): a stable `code`
 * that scripts can match, a short `title`, a `message` saying what happened, a `hint`
 * saying what to do, the offending `field` where there is one and `details` a person needs
 * to fix it (free alternatives, the quota left). Errors are raised from catalogue entries
 * (`cityError('slot_taken', …)`) and rendered in the reader's language; user mistakes are
 * shown as these, never as stack traces.
 */
export interface CityAppErrorData {
  code: string;
  title: string | Bilingual;
  message: string | Bilingual;
  hint?: string | Bilingual;
  /** Dotted path of the offending field, e.g. `town.state` or `modules.news.perPage`. */
  field?: string;
  /** HTTP status when the error crosses the API. */
  status?: number;
  exit?: ExitKind;
  /** Further problems found in the same check (validation reports all, not just the first). */
  issues?: ConfigIssue[];
  details?: Record<string, unknown>;
}

export interface ConfigIssue {
  field: string;
  message: string;
  hint?: string;
}

/** What a raise adds to an entry: where the problem is and what helps fixing it. */
export interface ErrorExtra {
  field?: string;
  details?: Record<string, unknown>;
  issues?: ConfigIssue[];
  cause?: unknown;
}

/** An entry of a catalogue with its parameters, as `cityError` builds it. */
export interface RaisedEntry extends ErrorExtra {
  id: string;
  entry: ErrorEntry;
  params: Readonly<Record<string, ParamValue>>;
}

/** The JSON body the API sends. */
export interface ErrorBody {
  code: string;
  title: string;
  message: string;
  hint?: string;
  field?: string;
  details?: Record<string, unknown>;
  issues?: ConfigIssue[];
}

const both = (text: string | Bilingual): Bilingual =>
  typeof text === 'string' ? { de: text, en: text } : text;

/** Operators read logs and terminals in English; the API answers in the request's language. */
const TERMINAL_LOCALE: Locale = 'en';

export class CityAppError extends Error {
  /** The catalogue entry's id (the code for errors built from plain data). */
  readonly id: string;
  readonly code: string;
  readonly status: number;
  readonly exit: ExitKind;
  readonly field?: string;
  readonly details: Record<string, unknown>;
  readonly issues?: ConfigIssue[];
  readonly params: Readonly<Record<string, ParamValue>>;
  private readonly texts: { title: Bilingual; message: Bilingual; hint?: Bilingual };

  constructor(data: RaisedEntry | CityAppErrorData, options?: { cause?: unknown }) {
    const raised = 'entry' in data ? data : undefined;
    const texts = raised
      ? raised.entry
      : {
          title: both((data as CityAppErrorData).title),
          message: both((data as CityAppErrorData).message),
          hint: (data as CityAppErrorData).hint
            ? both((data as CityAppErrorData).hint ?? '')
            : undefined,
        };
    const params = raised?.params ?? {};
    const cause = options?.cause ?? raised?.cause;
    super(
      fillTemplate(texts.message[TERMINAL_LOCALE], params, TERMINAL_LOCALE),
      cause === undefined ? undefined : { cause },
    );
    this.name = 'CityAppError';
    this.texts = { title: texts.title, message: texts.message, hint: texts.hint };
    this.params = params;
    if (raised) {
      this.id = raised.id;
      this.code = raised.entry.code ?? raised.id;
      this.status = raised.entry.status;
      this.exit = raised.entry.exit;
    } else {
      const plain = data as CityAppErrorData;
      this.id = plain.code;
      this.code = plain.code;
      this.status = plain.status ?? 400;
      this.exit = plain.exit ?? (this.status >= 500 ? 'unexpected' : 'invalid_input');
    }
    this.field = data.field;
    this.details = data.details ?? {};
    this.issues = data.issues;
  }

  /** Title, message and hint in one language. */
  render(locale: Locale): { title: string; message: string; hint?: string } {
    const fill = (text: Bilingual) => fillTemplate(text[locale], this.params, locale);
    return {
      title: fill(this.texts.title),
      message: fill(this.texts.message),
      ...(this.texts.hint ? { hint: fill(this.texts.hint) } : {}),
    };
  }

  get title(): string {
    return this.render(TERMINAL_LOCALE).title;
  }

  get hint(): string | undefined {
    return this.render(TERMINAL_LOCALE).hint;
  }

  /**
   * The JSON body the API sends, in `locale` (German unless told; `JSON.stringify` passes a
   * key here, which is no locale).
   */
  toJSON(locale?: unknown): ErrorBody {
    const text = this.render(isLocale(locale) ? locale : DEFAULT_LOCALE);
    return {
      code: this.code,
      title: text.title,
      message: text.message,
      ...(text.hint ? { hint: text.hint } : {}),
      ...(this.field ? { field: this.field } : {}),
      ...(Object.keys(this.details).length ? { details: this.details } : {}),
      ...(this.issues?.length ? { issues: this.issues } : {}),
    };
  }

  /** Human text for a terminal: title, message, each issue and the hint. */
  format(locale: Locale = TERMINAL_LOCALE): string {
    const text = this.render(locale);
    const lines = [`✖ ${text.title}`, `  ${text.message}`];
    for (const issue of this.issues ?? []) {
      lines.push(`  • ${issue.field}: ${issue.message}${issue.hint ? ` — ${issue.hint}` : ''}`);
    }
    if (text.hint) lines.push(`  → ${text.hint}`);
    return lines.join('\n');
  }
}

/** True for a CityAppError, and when `code` is given, one with that code. */
export function isCityAppError(value: unknown, code?: string): value is CityAppError {
  return value instanceof CityAppError && (code === undefined || value.code === code);
}
