#!/usr/bin/env node
// Copies templates/module into this package (templates/module), so `city-app new module`
// works from the published package too. Runs before build; the copy is not committed.
import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../templates/module', import.meta.url));
const to = fileURLToPath(new URL('../templates/module', import.meta.url));
await rm(to, { recursive: true, force: true });
await cp(from, to, { recursive: true });
