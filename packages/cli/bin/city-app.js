#!/usr/bin/env node
// The command's entry lives in the repository, not in dist/: pnpm links a workspace package's
// commands when it installs, before anything is built, and skips a command whose file is missing.
import '../dist/cli.js';
