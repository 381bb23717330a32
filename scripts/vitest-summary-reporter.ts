/**
 * Vitest reporter that reduces a run to the one closing line CI reads:
 *
 *     42 passed, 0 failed            (", 3 skipped" is appended only if > 0)
 *
 * Counting, per individual test case: passed / failed / skipped (skip, todo,
 * and tests filtered out by .only or -t). On top of the failed test cases,
 * each of these counts as one more failure, so a broken run never reads as
 * "0 failed":
 *   - a test file or suite that has errors of its own (syntax error, failed
 *     import, throwing beforeAll/afterAll hook, error at collection time);
 *   - each unhandled error (e.g. a rejection after a test finished);
 *   - a run that vitest ended as failed or interrupted although nothing above
 *     was counted.
 *
 * When SLANT_TEST_SUMMARY_FILE is set (scripts/test.mjs sets it), the counts
 * are written there as JSON and the wrapper prints the line after vitest has
 * exited, so it really is the last line. Otherwise (plain `npx vitest run`)
 * this reporter prints the line itself.
 */
import { writeFileSync } from 'node:fs';
import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason, TestSuite } from 'vitest/node';

export interface TestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Failures that are not test cases (file, suite, hook, unhandled, run). */
  otherFailures: string[];
  reason: TestRunEndReason;
}

export function formatSummary(s: Pick<TestSummary, 'passed' | 'failed' | 'skipped'>): string {
  const line = `${s.passed} passed, ${s.failed} failed`;
  return s.skipped > 0 ? `${line}, ${s.skipped} skipped` : line;
}

export function summarize(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): TestSummary {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const otherFailures: string[] = [];

  for (const mod of testModules) {
    for (const test of mod.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed') passed++;
      else if (state === 'failed') failed++;
      else if (state === 'skipped') skipped++;
      // 'pending' only happens on an interrupted run; covered by `reason`.
    }
    const containers: Array<TestModule | TestSuite> = [mod, ...mod.children.allSuites()];
    for (const c of containers) {
      const errors = c.errors();
      if (errors.length === 0) continue;
      const where = c.type === 'module' ? c.relativeModuleId : `${c.module.relativeModuleId} > ${c.fullName}`;
      const first = errors[0]?.message ?? 'error';
      otherFailures.push(`${where}: ${first.split('\n')[0] ?? ''}`);
    }
  }
  for (const err of unhandledErrors) {
    otherFailures.push(`unhandled error: ${(err.message ?? String(err)).split('\n')[0] ?? ''}`);
  }
  if (reason !== 'passed' && failed === 0 && otherFailures.length === 0) {
    otherFailures.push(`test run ${reason}`);
  }
  return { passed, failed: failed + otherFailures.length, skipped, otherFailures, reason };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const summary = summarize(testModules, unhandledErrors, reason);
    const file = process.env['SLANT_TEST_SUMMARY_FILE'];
    if (file) {
      writeFileSync(file, JSON.stringify(summary));
      return;
    }
    for (const f of summary.otherFailures) console.log(`failed outside a test: ${f}`);
    console.log(formatSummary(summary));
  }
}
