import { parseArgs } from 'node:util';
import { SIM_PROFILES, type SimProfile, startSimulator } from './index.ts';

// npm run sim -- --port 4010 --seed 42 --variants 5000 [--profile live|docs] [--max-page-size N]
//   [--category-optional] [--quiet]
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    seed: { type: 'string', default: '42' },
    variants: { type: 'string', default: '5000' },
    profile: { type: 'string', default: 'live' },
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

function profileOf(value: string): SimProfile {
  const profile = SIM_PROFILES.find((p) => p === value);
  if (!profile) throw new Error(`--profile must be one of ${SIM_PROFILES.join(', ')}, got "${value}"`);
  return profile;
}

const maxPageSize = values['max-page-size'];
const sim = await startSimulator({
  profile: profileOf(values.profile),
  port: wholeNumber('port', values.port),
  seed: wholeNumber('seed', values.seed),
  variants: wholeNumber('variants', values.variants),
  ...(maxPageSize !== undefined ? { maxPageSize: wholeNumber('max-page-size', maxPageSize) } : {}),
  // Without the flag the profile decides (docs: required, live: optional).
  ...(values['category-optional'] ? { categoryRequired: false } : {}),
  quiet: values.quiet,
});

// One JSON line on stdout, so a script can read where the simulator listens; request logs go to stderr.
process.stdout.write(
  `${JSON.stringify({ profile: sim.profile, baseUrl: sim.baseUrl, origin: sim.origin, credentials: sim.credentials })}\n`,
);

const stop = () => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
