// `npm run bench`: every benchmark, printed as one JSON object of figures (not pass/fail tests).
// The label bench runs in a process of its own, as it does when run alone.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCatalogBench } from './catalog-bench.ts';

const run = promisify(execFile);

async function labelsBench(): Promise<unknown> {
  const script = join(import.meta.dirname, 'labels-bench.ts');
  if (!existsSync(script)) return { skipped: 'bench/labels-bench.ts is missing' };
  const { stdout } = await run(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(lastLine);
}

const catalog = await runCatalogBench();
const labels = await labelsBench();
console.log(
  JSON.stringify(
    { machine: { cores: (await import('node:os')).availableParallelism() }, ...catalog, labels },
    null,
    2,
  ),
);
