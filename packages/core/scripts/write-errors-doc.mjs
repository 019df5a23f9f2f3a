// Writes docs/errors.md from the error catalogue, after a build.
import { writeFile } from 'node:fs/promises';
import { errorsMarkdown } from '../dist/errors/docs.js';

await writeFile(new URL('../../../docs/errors.md', import.meta.url), errorsMarkdown());
console.log('Wrote docs/errors.md.');
