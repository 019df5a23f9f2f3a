#!/usr/bin/env node
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Output piped into `head` that closes early is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
const { runCityApp } = await import('./main.js');
process.exitCode = await runCityApp(process.argv.slice(2));
