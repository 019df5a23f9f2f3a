import { appTemplates } from 'create-city-app';

// For tests of `city-app update` (this package's and the consultant's journey): a town made
// with an older release of the templates, so that an update has something to merge.

/** The older release's version. */
export const OLDER_TEMPLATES_VERSION = '0.0.9';

/** The files that release wrote differently from today's templates, as it wrote them. */
export const OLDER_FILES: Readonly<Record<string, string>> = {
  '.gitignore': 'node_modules/\ndist/\n.env\n',
  'src/server.ts': `import { createCityServer } from '@city-app/server';
import config from '../city.config';

createCityServer(config).then((server) => server.listen());
`,
};

/** That release's templates: today's, except for OLDER_FILES. */
export const olderTemplates = appTemplates.map((t) =>
  t.path in OLDER_FILES ? { path: t.path, text: OLDER_FILES[t.path] as string } : t,
);
