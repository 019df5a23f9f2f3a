// A town as if made with an older release of the templates, so that `city-app update` (the
// project's own, with today's templates) has something to merge: the files that release wrote
// differently, as it wrote them, in the project and in its base snapshot (.city-app/base/).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OLDER_FILES, OLDER_TEMPLATES_VERSION } from '../../../cli/src/older-templates.js';

/**
 * Turns the generated `project` into one made with the older templates, then lets the town
 * edit the older files (`edit` gets a path and its text and returns the town's version).
 */
export async function madeWithOlderTemplates(
  project: string,
  edit: (path: string, text: string) => string = (_, text) => text,
): Promise<void> {
  for (const [path, text] of Object.entries(OLDER_FILES)) {
    await writeFile(join(project, '.city-app', 'base', path), text);
    await writeFile(join(project, path), edit(path, text));
  }
  const recordFile = join(project, '.city-app.json');
  const record = JSON.parse(await readFile(recordFile, 'utf8'));
  await writeFile(
    recordFile,
    `${JSON.stringify({ ...record, templateVersion: OLDER_TEMPLATES_VERSION }, null, 2)}\n`,
  );
}
