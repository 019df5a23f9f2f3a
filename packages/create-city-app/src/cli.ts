#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; the rest is loaded after turning it on.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Output piped into `head` that closes early is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
const { runCreateCityApp } = await import('./main.js');
process.exitCode = await runCreateCityApp(process.argv.slice(2));
