#!/usr/bin/env node
// Starts the built app (API + web) without a package manager in between: `npm --prefix … start`
// under pnpm printed "npm warn Unknown env config …" lines that looked like failures, and each
// package-manager layer costs a few hundred milliseconds of start-up.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/api');
const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: apiDir,
  stdio: 'inherit',
});
// Ctrl-C and `kill` reach the server, which shuts down gracefully; its exit code is ours.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
