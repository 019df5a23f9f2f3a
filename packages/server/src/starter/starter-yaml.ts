import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Bilingual, validationMessage } from '@city-app/core';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

/** Where a starting file is not YAML: the file, the line, the parser's reason. */
export interface StarterNotYaml {
  source: string;
  line: number;
  reason: string;
}

/** The first entry of a starting file that its schema refuses, and why in both languages. */
export interface StarterInvalid {
  source: string;
  field: string;
  problem: Bilingual | 'invalid';
}

export interface StarterYaml<S extends z.ZodType> {
  /** How messages name the file: `<module id>/<file>`, as below the town's `content/`. */
  source: string;
  schema: S;
  /** The field named when the problem is the file as a whole. */
  rootField: string;
  /** The module's catalogue entries for the two ways a file can be wrong. */
  notYaml(problem: StarterNotYaml): Error;
  invalid(problem: StarterInvalid): Error;
}

/**
 * A module's starting file in the town's `content/<id>/` (`ctx.contentDir` in `seed`), or
 * null when the town has none: a town may start without samples.
 */
export async function readStarterFile(dir: string, file: string): Promise<string | null> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads a starting file as YAML checked whole by `schema`: the first problem stops everything
 * and names its line or entry, so a town never starts with half of it.
 */
export function parseStarterYaml<S extends z.ZodType>(
  text: string,
  starter: StarterYaml<S>,
): z.output<S> {
  // Without pretty errors (whose message would quote the file), the line comes from a counter.
  const lines = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  const yamlError = document.errors[0];
  if (yamlError) {
    throw starter.notYaml({
      source: starter.source,
      line: lines.linePos(yamlError.pos[0]).line,
      reason: yamlError.code,
    });
  }
  const parsed = starter.schema.safeParse(document.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw starter.invalid({
    source: starter.source,
    field: issue?.path.join('.') || starter.rootField,
    problem: issue
      ? {
          de: validationMessage(issue, 'de', issue.message),
          en: validationMessage(issue, 'en', issue.message),
        }
      : 'invalid',
  });
}
