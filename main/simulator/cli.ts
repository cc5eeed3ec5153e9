import { parseArgs } from 'node:util';
import { startSimulator } from './index.ts';

// npm run sim -- --port 4010 --seed 42 --variants 5000 [--max-page-size N] [--category-optional] [--quiet]
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    seed: { type: 'string', default: '42' },
    variants: { type: 'string', default: '5000' },
    'max-page-size': { type: 'string' },
    'category-optional': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

const maxPageSize = values['max-page-size'];
const sim = await startSimulator({
  port: wholeNumber('port', values.port),
  seed: wholeNumber('seed', values.seed),
  variants: wholeNumber('variants', values.variants),
  ...(maxPageSize !== undefined ? { maxPageSize: wholeNumber('max-page-size', maxPageSize) } : {}),
  categoryRequired: !values['category-optional'],
  quiet: values.quiet,
});

// One JSON line on stdout, so a script can read where the simulator listens; request logs go to stderr.
process.stdout.write(
  `${JSON.stringify({ baseUrl: sim.baseUrl, origin: sim.origin, credentials: sim.credentials })}\n`,
);

const stop = () => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
