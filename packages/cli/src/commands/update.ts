import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cityError } from '@city-app/core';
import { CLI_VERSION as TEMPLATES_VERSION } from 'create-city-app';
import type { CommandContext } from '../context.js';
import { EXIT } from '../errors.js';
import { BASE_FOLDER, isBasePath, readTree, renderWith, snapshotChanges } from '../project/base.js';
import { loadProject } from '../project/city.js';
import { refuseUnresolvedConflicts } from '../project/conflicts.js';
import { RECORD_FILE } from '../project/project.js';
import { townLanguage } from '../project/town-language.js';
import type { FileChange } from '../project/write.js';
import { merge3 } from '../text/merge.js';
import { type ChangeOptions, confirmAndWrite } from './add.js';
import { moduleChangeMessages } from './module-change-messages.js';
import { UPDATE_MESSAGES } from './update-messages.js';

export interface UpdateResult {
  from: string;
  to: string;
  /** Files the templates changed and the project had not: taken as they are now. */
  updated: string[];
  added: string[];
  removed: string[];
  /** Files both changed, merged without conflict. */
  merged: string[];
  /** Files with conflict markers to resolve. */
  conflicts: string[];
  /** Template changes that were not applied, and why. */
  skipped: { path: string; reason: string }[];
  changes: { path: string; diff: string }[];
  written: boolean;
  installed: boolean;
  exitCode: number;
}

/**
 * `city-app update`: applies what changed in the templates since the project was generated
 * (or last updated) by a three-way merge per file — base: what the old templates produced
 * (kept in .city-app/base/), theirs: what the new ones produce from the recorded answers,
 * ours: the file as it is. Local edits survive; where both changed the same lines, the file
 * gets conflict markers and is listed. Nothing is overwritten silently.
 */
export async function updateCommand(
  ctx: CommandContext,
  options: ChangeOptions,
): Promise<UpdateResult> {
  const { project, input, modules } = await loadProject(ctx);
  ctx.language = townLanguage(input);
  const say = UPDATE_MESSAGES[ctx.language];
  const record = project.record;
  if (!record) {
    throw cityError('no_generation_record', { file: RECORD_FILE }, { field: RECORD_FILE });
  }
  // A second merge over unresolved markers would bury them under new ones.
  await refuseUnresolvedConflicts(project.root);
  const engine = ctx.engine ?? { version: TEMPLATES_VERSION };
  const theirs = renderWith(engine, record, modules);
  const snapshot = await readTree(project.root, BASE_FOLDER);
  // Without a snapshot the base is known only when the templates have not changed.
  const base =
    snapshot ?? (record.templateVersion === engine.version ? theirs : new Map<string, string>());
  const labels = {
    ours: 'ours (this project)',
    base: `base (templates ${record.templateVersion})`,
    theirs: `theirs (templates ${engine.version})`,
  };
  const result: UpdateResult = {
    from: record.templateVersion,
    to: engine.version,
    updated: [],
    added: [],
    removed: [],
    merged: [],
    conflicts: [],
    skipped: [],
    changes: [],
    written: false,
    installed: false,
    exitCode: EXIT.ok,
  };
  const changes: FileChange[] = [];
  const paths = [...new Set([...theirs.keys(), ...base.keys()])].sort();
  for (const path of paths) {
    const b = base.get(path);
    const t = theirs.get(path);
    const ours = await readFile(join(project.root, path), 'utf8').catch(() => undefined);
    if (ours === t || b === t) continue;
    if (t === undefined) {
      if (ours === b) {
        changes.push({ path, before: ours, after: undefined });
        result.removed.push(path);
      } else
        result.skipped.push({
          path,
          reason: say.changedHere,
        });
      continue;
    }
    if (ours === undefined) {
      if (b === undefined) {
        changes.push({ path, before: undefined, after: t });
        result.added.push(path);
      } else
        result.skipped.push({
          path,
          reason: say.deletedHere,
        });
      continue;
    }
    if (ours === b) {
      changes.push({ path, before: ours, after: t });
      result.updated.push(path);
      continue;
    }
    const merged = merge3(b ?? '', ours, t, labels);
    changes.push({ path, before: ours, after: merged.text });
    (merged.conflicts ? result.conflicts : result.merged).push(path);
  }
  // The new base, for the next update.
  changes.push(...snapshotChanges(snapshot, theirs));
  if (changes.length === 0) {
    if (!ctx.json) ctx.log(say.upToDate(engine.version));
    return result;
  }
  const projectFiles = changes.filter((c) => !isBasePath(c.path)).length;
  await confirmAndWrite(
    ctx,
    project,
    changes,
    { ...options, install: options.install ?? false },
    result,
    { de: UPDATE_MESSAGES.de.verb, en: UPDATE_MESSAGES.en.verb },
    (path) => !isBasePath(path),
    moduleChangeMessages(input),
  );
  if (!ctx.json) {
    ctx.log(say.summary(result.from, result.to, projectFiles, result.written));
    for (const [label, list] of [
      [say.updated, result.updated],
      [say.added, result.added],
      [say.removed, result.removed],
      [say.merged, result.merged],
    ] as const) {
      if (list.length) ctx.log(`  ${label}: ${list.join(', ')}`);
    }
    for (const skipped of result.skipped) ctx.log(say.notApplied(skipped.path, skipped.reason));
    if (result.conflicts.length) ctx.log(say.conflicts(result.conflicts));
  }
  if (result.conflicts.length) result.exitCode = EXIT.problems;
  return result;
}
