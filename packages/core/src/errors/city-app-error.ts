/**
 * One error shape for the whole toolkit (after Astro's error catalogue): a stable `code`
 * that scripts can match, a short `title`, a `message` saying what happened, a `hint`
 * saying what to do, and the offending `field` where there is one. User mistakes are
 * shown as these, never as stack traces.
 */
export interface CityAppErrorData {
  code: string;
  title: string;
  message: string;
  hint?: string;
  /** Dotted path of the offending field, e.g. `town.state` or `modules.news.perPage`. */
  field?: string;
  /** HTTP status when the error crosses the API. */
  status?: number;
  /** Further problems found in the same check (validation reports all, not just the first). */
  issues?: ConfigIssue[];
}

export interface ConfigIssue {
  field: string;
  message: string;
  hint?: string;
}

export class CityAppError extends Error implements CityAppErrorData {
  readonly code: string;
  readonly title: string;
  readonly hint?: string;
  readonly field?: string;
  readonly status: number;
  readonly issues?: ConfigIssue[];

  constructor(data: CityAppErrorData, options?: { cause?: unknown }) {
    super(data.message, options);
    this.name = 'CityAppError';
    this.code = data.code;
    this.title = data.title;
    this.hint = data.hint;
    this.field = data.field;
    this.status = data.status ?? 400;
    this.issues = data.issues;
  }

  /** The JSON body the API sends: `{ code, message, field?, hint?, issues? }`. */
  toJSON(): {
    code: string;
    message: string;
    field?: string;
    hint?: string;
    issues?: ConfigIssue[];
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.hint ? { hint: this.hint } : {}),
      ...(this.issues?.length ? { issues: this.issues } : {}),
    };
  }

  /** Human text for a terminal: title, message, each issue and the hint. */
  format(): string {
    const lines = [`✖ ${this.title}`, `  ${this.message}`];
    for (const issue of this.issues ?? []) {
      lines.push(`  • ${issue.field}: ${issue.message}${issue.hint ? ` — ${issue.hint}` : ''}`);
    }
    if (this.hint) lines.push(`  → ${this.hint}`);
    return lines.join('\n');
  }
}

export function isCityAppError(value: unknown): value is CityAppError {
  return value instanceof CityAppError;
}
