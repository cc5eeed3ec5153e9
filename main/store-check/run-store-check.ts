import { z } from 'zod';
import { DealposError } from '../dealpos/errors.ts';
import { type DealposCredentials, DealposHttp } from '../dealpos/http.ts';
import type { RateGovernor } from '../dealpos/rate-governor.ts';
import { describeAnswer } from './answer-shape.ts';
import { CountedWire, UnannouncedRequest } from './counted-wire.ts';
import { type Probe, type ProbeContext, probes } from './probes.ts';
import type {
  FindingKind,
  ProbeResult,
  SchemaIssue,
  StoreCheckPlan,
  StoreCheckProgress,
  StoreCheckRun,
} from './store-check-channels.ts';

export interface StoreCheckTarget {
  mode: 'live' | 'demo';
  host: string;
  /** Simulators on this PC `host` may be (the demo store); see resolveBaseUrl. */
  localStores?: readonly string[];
  credentials: DealposCredentials;
  /** The account's one governor: the check waits its turn like any cashier's request. */
  governor: RateGovernor;
  /** The counter's outlet, asked about for documents; the first listed outlet when null. */
  outlet: { id: string; name: string } | null;
}

export interface StoreCheckOptions {
  now(): number;
  onProgress?(progress: StoreCheckProgress): void;
  /** The wire under the governor (tests watch it); the real fetch by default. */
  fetch?: (request: Request, init?: RequestInit) => Promise<Response>;
}

/** What the check will ask: one request per read, the token included. Asks nothing. */
export function planStoreCheck(mode: 'live' | 'demo'): StoreCheckPlan {
  return {
    requests: probes.length,
    operations: probes.map(({ id, operation }) => ({ id, operation })),
    mode,
  };
}

const kindFindings: Partial<Record<DealposError['kind'], FindingKind>> = {
  forbidden: 'refused-role',
  'outlet-forbidden': 'refused-outlet',
  'bad-request': 'refused-request',
  conflict: 'refused-request',
  'not-found': 'route-missing',
  'rate-limited': 'rate-limited',
  server: 'server',
  network: 'no-answer',
  timeout: 'no-answer',
  auth: 'auth',
  suspended: 'suspended',
  'invalid-response': 'shape-differs',
};

/** A refused resend (after a 5xx, 401 or 429) leaves the first answer's status to tell. */
function findingOfStatus(status: number | undefined): FindingKind {
  if (status === undefined) return 'no-answer';
  if (status === 429) return 'rate-limited';
  if (status === 401) return 'auth';
  if (status >= 500) return 'server';
  return 'no-answer';
}

/** The app's own schema run on the answer: what it makes of it, or where the answer differs. */
function checkAgainst(schema: z.ZodType, body: unknown): { parsed: unknown; issues: SchemaIssue[] } {
  const result = schema.safeParse(body);
  if (result.success) return { parsed: result.data, issues: [] };
  const issues = result.error.issues.slice(0, 12).map((issue) => ({
    // Row numbers say nothing about the shape: "DataArray.3.Weight" is written "DataArray[].Weight".
    path: issue.path
      .map((part) => (typeof part === 'number' ? '[]' : String(part)))
      .join('.')
      .replaceAll('.[]', '[]'),
    code: issue.code,
    expected: 'expected' in issue && typeof issue.expected === 'string' ? issue.expected : null,
  }));
  return { parsed: undefined, issues };
}

function rowsOf(parsed: unknown): number | null {
  if (Array.isArray(parsed)) return parsed.length;
  if (parsed && typeof parsed === 'object' && 'rows' in parsed && Array.isArray(parsed.rows))
    return parsed.rows.length;
  return null;
}

async function ask(probe: Probe, http: DealposHttp, context: ProbeContext): Promise<'sent' | 'skipped'> {
  if (probe.id === 'token') {
    await http.authenticate();
    return 'sent';
  }
  const request = probe.request(context);
  if (!request) return 'skipped';
  const exchange =
    request.method === 'GET'
      ? { method: 'GET' as const, query: request.query }
      : { method: 'POST' as const, body: request.body };
  // The app's schema runs below, on the very body that came over the wire.
  await http.read(request.endpoint, exchange, z.unknown(), { lane: 'interactive' });
  return 'sent';
}

async function runProbe(probe: Probe, http: DealposHttp, wire: CountedWire, context: ProbeContext) {
  const base = { id: probe.id, operation: probe.operation, feature: probe.feature };
  let finding: FindingKind = 'fits';
  let dealposMessage: string | null = null;
  wire.allowOne();
  try {
    if ((await ask(probe, http, context)) === 'skipped') finding = 'skipped';
  } catch (error) {
    if (error instanceof DealposError) {
      finding = kindFindings[error.kind] ?? 'no-answer';
      dealposMessage = error.dealposMessage ?? null;
    } else if (error instanceof UnannouncedRequest) {
      finding = findingOfStatus(wire.last?.status);
    } else {
      throw error;
    }
  }
  const answer = wire.last;
  const json = answer !== null && answer.body !== undefined && finding !== 'skipped';
  let issues: SchemaIssue[] = [];
  let rows: number | null = null;
  if (json && answer.status < 300) {
    const checked = checkAgainst(probe.schema, answer.body);
    issues = checked.issues;
    if (issues.length > 0) finding = 'shape-differs';
    else {
      const { parsed } = checked;
      probe.learn?.(parsed, context);
      rows = rowsOf(parsed);
      if (probe.madeUp && rows === 0) finding = 'no-such-record';
    }
  }
  if (probe.madeUp && finding === 'refused-request') finding = 'no-such-record';
  context.findings[probe.id] = finding;
  const result: ProbeResult = {
    ...base,
    status: finding === 'skipped' ? null : (answer?.status ?? null),
    finding,
    ...probe.judge(finding, context),
    shape: json ? describeAnswer(answer.body) : null,
    issues,
    rows,
    dealposMessage,
  };
  return result;
}

/**
 * Asks each read the app relies on once, through the account's governor at interactive
 * priority, and never sends more than `planStoreCheck` announced: a retry or a token refresh
 * is refused before it leaves (CountedWire). A read that fails is a finding, not a crash.
 * When no token comes, or DealPOS refuses it half-way, the other reads are not asked: each would
 * spend its one request on a new token and then be refused its read.
 */
export async function runStoreCheck(
  target: StoreCheckTarget,
  options: StoreCheckOptions,
): Promise<StoreCheckRun> {
  const plan = planStoreCheck(target.mode);
  const wire = new CountedWire(plan.requests, options.fetch);
  const http = new DealposHttp({
    host: target.host,
    ...(target.localStores ? { localStores: target.localStores } : {}),
    credentials: target.credentials,
    governor: target.governor,
    fetch: wire.fetch,
    retryDelayMs: 1,
  });
  const context: ProbeContext = { outlet: target.outlet, code: null, findings: {} };
  const startedAt = options.now();
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    options.onProgress?.({ done: results.length, total: probes.length, current: probe.id });
    results.push(signedIn(results) ? await runProbe(probe, http, wire, context) : skipped(probe));
  }
  options.onProgress?.({ done: results.length, total: probes.length, current: null });
  return { plan, results, spent: wire.spent, startedAt, finishedAt: options.now() };
}

function signedIn(results: readonly ProbeResult[]): boolean {
  const [token] = results;
  if (token === undefined) return true;
  return token.verdict === 'use' && !results.some((r) => r.finding === 'auth' || r.finding === 'suspended');
}

function skipped(probe: Probe): ProbeResult {
  return {
    id: probe.id,
    operation: probe.operation,
    feature: probe.feature,
    status: null,
    finding: 'skipped',
    verdict: 'unknown',
    fallback: null,
    shape: null,
    issues: [],
    rows: null,
    dealposMessage: null,
  };
}
