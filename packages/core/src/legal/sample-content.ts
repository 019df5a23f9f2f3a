/**
 * Starting content a module or the town template ships as an example (a news article, an
 * event) says so in its front matter with `sample: true`. The module seeds it as a draft, so
 * residents never see it, and the open-items list names the file until the town replaces or
 * deletes it. Only the front matter is read; the rest of the file is the module's business.
 */
import type { Bilingual } from '../errors/template.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const SAMPLE_LINE = /^sample:\s*true\s*$/m;

export function isSampleContent(text: string): boolean {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  return !!match?.[1] && SAMPLE_LINE.test(match[1]);
}

/** A content file marked as sample, as the open-items list names it. */
export interface SampleContent {
  /** The module whose content folder holds it, e.g. "news". */
  module: string;
  /** Its path in the town project, e.g. "content/news/01-die-app-ist-da.md". */
  file: string;
  /** What to do about it, when more specific than "replace or delete this sample". */
  what?: Bilingual;
}
