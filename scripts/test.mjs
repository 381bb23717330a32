#!/usr/bin/env node
// `npm test`: run the vitest suite once (no watch) and end the output with the
// line CI reads, exactly `N passed, N failed` (`, N skipped` only when N > 0).
// Extra arguments go to vitest, e.g. `npm test -- test/quotes.test.ts -t attribution`.
// Exit status: vitest's; non-zero as well whenever anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const vitestBin = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const reporterPath = path.join(root, 'scripts', 'vitest-summary-reporter.ts');

const args = process.argv.slice(2);
// `--reporter` on the command line replaces the configured reporters; keep ours.
if (args.some((a) => a === '--reporter' || a.startsWith('--reporter='))) {
  args.push(`--reporter=${reporterPath}`);
}

const tmp = mkdtempSync(path.join(tmpdir(), 'slant-test-'));
const summaryFile = path.join(tmp, 'summary.json');
let status = 1;
let summary;
try {
  const run = spawnSync(process.execPath, [vitestBin, 'run', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SLANT_TEST_SUMMARY_FILE: summaryFile },
  });
  if (run.error) console.error(`could not start vitest: ${run.error.message}`);
  status = run.status ?? 1;
  if (run.signal) console.error(`vitest was killed by ${run.signal}`);
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = undefined;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (summary) {
  ({ passed, failed, skipped } = summary);
  for (const f of summary.otherFailures) console.log(`failed outside a test: ${f}`);
} else {
  console.log('vitest ended without reporting results (see its output above); counting the run as 1 failure');
  failed = 1;
}
if (status === 0 && failed > 0) status = 1;
if (status !== 0 && failed === 0) {
  console.log(`vitest exited with status ${status}; counting the run as 1 failure`);
  failed = 1;
}

console.log(skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`);
process.exit(status);
