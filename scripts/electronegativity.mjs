// Runs Electronegativity (Doyensec's Electron security linter) over the main-process and preload
// sources and the page's HTML, writes the findings to test-results/electronegativity.json, and
// fails when a HIGH or MEDIUM finding is not in .electronegativity-allow.json with a reason.
//
// One scan over a staged copy of those files, not one per folder: its global checks (navigation
// limits, permission handler, CSP) must see the guards, the window and the HTML together. The
// built bundles in out/ are left out: its parser cannot read what Vite emits (class private
// fields, static blocks), so they would add parse errors and no findings.
//
// Offline and fast: Electronegativity fetches translations from S3 at start (1 s timeout); that
// request is answered here with "offline" before it is made, so the bundled English texts are used.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const repo = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const allowFile = join(repo, '.electronegativity-allow.json');
const reportFile = join(repo, 'test-results', 'electronegativity.json');
/** What is scanned, relative to the repo: the Electron side, and the page's HTML with its CSP. */
const targets = ['main', 'preload', 'renderer/index.html'];
const failing = new Set(['HIGH', 'MEDIUM']);

function keepOffline() {
  const packageDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const got = createRequire(join(packageDir, 'dist', 'locales', 'i18n.js')).resolve('got');
  require.cache[got] = {
    id: got,
    filename: got,
    loaded: true,
    exports: () => Promise.reject(new Error('offline: the bundled translations are used')),
  };
}

function readAllowlist() {
  const entries = existsSync(allowFile) ? JSON.parse(readFileSync(allowFile, 'utf8')) : [];
  for (const entry of entries) {
    if (!entry.id || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(
        `${relative(repo, allowFile)}: every entry needs an id, a file and a reason: ${JSON.stringify(entry)}`,
      );
    }
    if (entry.code !== undefined && typeof entry.code !== 'string') {
      throw new Error(
        `${relative(repo, allowFile)}: "code" is a piece of the flagged line: ${JSON.stringify(entry)}`,
      );
    }
  }
  return entries;
}

async function scan(run, electronVersion) {
  const staged = mkdtempSync(join(tmpdir(), 'dealpos-electronegativity-'));
  try {
    for (const target of targets) cpSync(join(repo, target), join(staged, target), { recursive: true });
    const result = await run(
      {
        input: staged,
        isRelative: true,
        customScan: [],
        excludeFromScan: [],
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      // Relative to the staged folder, which has the repo's layout.
      file: issue.file,
      line: issue.location?.line,
      column: issue.location?.column,
      sample: issue.sample,
      manualReview: issue.manualReview,
      description: issue.description,
      url: issue.shortenedURL,
    }));
    const errors = result.errors.map((error) => ({ ...error, file: relative(staged, error.file) }));
    return { issues, errors };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
}

async function main() {
  keepOffline();
  process.env.LANG = 'en-US';
  const quiet = console.log;
  console.log = () => {}; // its own progress chatter; the summary below says what matters
  let found;
  try {
    const run = require('@doyensec/electronegativity');
    found = await scan(run, require('electron/package.json').version);
  } finally {
    console.log = quiet;
  }

  const { issues, errors } = found;
  const allow = readAllowlist();
  // An entry covers one finding by check and file, and by a piece of the flagged line when it
  // gives one, so a second, new use of the same API in that file is not waved through with it.
  const allowedBy = (issue) =>
    allow.find(
      (entry) =>
        entry.id === issue.id &&
        entry.file === issue.file &&
        (entry.code === undefined || (issue.sample ?? '').includes(entry.code)),
    );
  const blocking = issues.filter((issue) => failing.has(issue.severity) && !allowedBy(issue));
  // A file it could not read is a file nobody checked.
  const unread = errors.filter((error) => !error.tolerable);
  const unused = allow.filter((entry) => !issues.some((issue) => allowedBy(issue) === entry));

  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify({ targets, issues: issues.map((issue) => ({ ...issue, allowed: allowedBy(issue)?.reason ?? null })), errors }, null, 2)}\n`,
  );

  const count = (severity) => issues.filter((issue) => issue.severity === severity).length;
  const allowed = issues.filter((issue) => failing.has(issue.severity) && allowedBy(issue)).length;
  console.log(
    `electronegativity: scanned ${targets.join(', ')}: ${issues.length} findings ` +
      `(${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low, ${count('INFORMATIONAL')} informational), ` +
      `${allowed} allowlisted with a reason; report in ${relative(repo, reportFile)}`,
  );
  for (const error of unread) console.log(`  could not parse ${error.file}: ${error.message}`);
  for (const entry of unused)
    console.log(`  allowlist entry no longer matches anything: ${entry.id} in ${entry.file}`);
  for (const issue of blocking) {
    console.log(
      `  ${issue.severity} ${issue.id} ${issue.file}:${issue.line}  ${issue.sample ?? ''}\n    ${issue.description} ${issue.url}`,
    );
  }
  if (blocking.length > 0 || unread.length > 0) {
    console.log(
      `electronegativity: ${blocking.length} HIGH/MEDIUM finding(s) not in ${relative(repo, allowFile)}, ${unread.length} file(s) not read`,
    );
    process.exitCode = 1;
  }
}

await main();
