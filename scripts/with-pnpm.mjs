#!/usr/bin/env node
// Runs a shell command with pnpm on PATH, on a machine that has only Node and npm.
// pnpm is installed once into <repo>/.tools (not as a workspace dependency: Turborepo would then
// spawn "./node_modules/.bin/pnpm" relative to each package and fail).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '10.34.9';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolsDir = path.join(root, '.tools');
const binDir = path.join(toolsDir, 'node_modules', '.bin');

function installedVersion() {
  if (!existsSync(path.join(binDir, 'pnpm'))) return null;
  try {
    return execSync(`"${path.join(binDir, 'pnpm')}" --version`, { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

if (installedVersion() !== PNPM_VERSION) {
  process.stdout.write(`Installing pnpm ${PNPM_VERSION} into .tools/ …\n`);
  execSync(
    `npm install --prefix "${toolsDir}" --no-save --no-audit --no-fund --loglevel=error pnpm@${PNPM_VERSION}`,
    { stdio: 'inherit' },
  );
}

const command = process.argv.slice(2).join(' ');
const result = spawnSync(command, {
  shell: true,
  stdio: 'inherit',
  cwd: root,
  env: {
    ...process.env,
    PATH: `${binDir}${path.delimiter}${process.env.PATH}`,
    TURBO_TELEMETRY_DISABLED: '1',
  },
});
process.exit(result.status ?? 1);
