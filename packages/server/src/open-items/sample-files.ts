import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isSampleContent, type SampleContent } from '@city-app/core';

/** The generator's stand-in logo (the town's initial) carries this attribute. */
export const SAMPLE_LOGO_MARKER = 'data-city-app-sample';

async function read(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The files of a town project that are still samples: content under `content/<module>/`
 * marked `sample: true`, and the generated stand-in logo. Read by the server for the admin
 * overview and by `city-app doctor`, so both name the same files.
 */
export async function findSampleFiles(
  root: string,
  project: { moduleIds: readonly string[]; logo?: string },
): Promise<SampleContent[]> {
  const samples: SampleContent[] = [];
  for (const module of project.moduleIds) {
    let names: string[];
    try {
      names = (await readdir(join(root, 'content', module)))
        .filter((n) => n.endsWith('.md'))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const text = await read(join(root, 'content', module, name));
      if (text !== undefined && isSampleContent(text)) {
        samples.push({ module, file: `content/${module}/${name}` });
      }
    }
  }
  if (project.logo && !project.logo.includes('..')) {
    const logo = await read(join(root, 'public', project.logo));
    if (logo?.includes(SAMPLE_LOGO_MARKER)) {
      samples.push({
        module: 'town',
        file: `public/${project.logo}`,
        what: {
          de: 'Logo: noch das erzeugte Platzhalter-Logo mit dem Anfangsbuchstaben; durch das Logo der Stadt ersetzen',
          en: "Logo: still the generated stand-in with the initial; replace it with the town's logo",
        },
      });
    }
  }
  return samples;
}
