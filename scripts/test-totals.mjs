// Prints the totals of every test suite that ran as one line: "N passed, N failed[, N skipped]".
// Reads the JSON reports the runners wrote under test-results/. A step that failed before any
// suite could report (typecheck, lint, install) counts as one failure, so a red run never
// prints "0 failed".
import { existsSync, readFileSync } from 'node:fs';

const [, , logPath, exitCode = '0'] = process.argv;
const reports = ['test-results/vitest.json'];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const path of reports) {
  if (!existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that failed to load has no tests to count but is still a failure.
  failed += (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && file.assertionResults?.length === 0,
  ).length;
}
if (Number(exitCode) !== 0 && failed === 0) {
  failed = 1;
  const log = logPath && existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  console.error(`A step of npm test failed before its tests could report (see ${logPath ?? 'the log'}).`);
  if (log.includes('error TS')) console.error('  typecheck failed');
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
