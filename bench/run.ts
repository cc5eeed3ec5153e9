// `npm run bench`: every benchmark, printed as one JSON object of figures (not pass/fail tests).
// The label and received-goods benches run in processes of their own, as they do when run alone.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCatalogBench } from './catalog-bench.ts';

const run = promisify(execFile);

/** A bench that runs in a process of its own and prints its JSON object on its last line. */
async function ownProcessBench(file: string): Promise<unknown> {
  const script = join(import.meta.dirname, file);
  if (!existsSync(script)) return { skipped: `bench/${file} is missing` };
  const { stdout } = await run(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(lastLine);
}

const catalog = await runCatalogBench();
const labels = await ownProcessBench('labels-bench.ts');
// Issue #15: how many scans a minute the received-goods count keeps up with, on a 120-unit bill.
const receive = await ownProcessBench('receive-bench.ts');
console.log(
  JSON.stringify(
    { machine: { cores: (await import('node:os')).availableParallelism() }, ...catalog, labels, receive },
    null,
    2,
  ),
);
