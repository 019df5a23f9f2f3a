// Writes the town template's deploy/.env.example and the app's environment in
// deploy/compose.yaml.hbs from the list of settings (src/settings), after a build.
import { readFile, writeFile } from 'node:fs/promises';
import { composeEnvironment, envExample } from '../dist/settings.js';

const deploy = new URL('../../../templates/app/deploy/', import.meta.url);
await writeFile(new URL('.env.example', deploy), envExample());
const composeFile = new URL('compose.yaml.hbs', deploy);
const compose = await readFile(composeFile, 'utf8');
const block = /( {4}environment:\n)(?: {6}.*\n)*( {4}depends_on:)/;
if (!block.test(compose))
  throw new Error('compose.yaml.hbs: no environment block before depends_on');
await writeFile(
  composeFile,
  compose.replace(block, (_, head, tail) => `${head}${composeEnvironment()}\n${tail}`),
);
console.log('Wrote templates/app/deploy/.env.example and the environment of compose.yaml.hbs.');
