import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InvokeChannel, invokeChannels } from '../../main/app-contract.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames, channelNamePattern } from '../../preload/bridge-names.ts';
import { appPageUrl, bootFuzzApp, type FuzzApp } from './fuzz/fuzz-app.ts';
import { hostileValue } from './fuzz/hostile-values.ts';
import { type HugeValues, hugeValues } from './fuzz/huge-values.ts';
import { mutationsOf } from './fuzz/payload-mutations.ts';
import { asDelivered, preview, refusalProblem, tracesProblem } from './fuzz/refusal-checks.ts';
import { validPayloads } from './fuzz/valid-payloads.ts';

// Issue #12, "fuzz every channel": whatever a compromised or broken page sends, main answers a
// typed `invalid-input` refusal, runs no handler, writes nothing, sends DealPOS nothing and
// stays up. Channels come from the contract itself, so a channel added later is fuzzed too.
// Every payload goes through the dispatcher createAppServices builds, as Electron delivers it.

/** Small payloads per channel (each one the schema refuses). */
const smallRuns = 1_000;
/**
 * Payloads with a 1 MB string or key, nesting 1,000 to 10,000 deep, 10,000 keys or a sparse
 * million. These skip the structured clone: they are plain strings, objects and arrays, which
 * clone to the same thing, and cloning a megabyte per payload would cost most of the run.
 */
const hugeRuns = 100;

const channels = Object.keys(invokeChannels) as InvokeChannel[];

interface Tally {
  /** Malformed payloads sent. */
  sent: number;
  /** Generated payloads the schema accepted, so not sent as malformed. */
  accepted: number;
}

describe('a hostile page cannot make any IPC channel act on a malformed payload', () => {
  let sim: RunningSimulator;
  let app: FuzzApp;
  let huge: HugeValues;
  const crashes: string[] = [];
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
  const tallies = new Map<InvokeChannel, Tally>();
  const onRejection = (reason: unknown) => crashes.push(`unhandledRejection: ${preview(reason)}`);
  const onException = (error: unknown) => crashes.push(`uncaughtException: ${preview(error)}`);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    sim = await startSimulator({ variants: 50, quiet: true });
    app = await bootFuzzApp(sim);
    huge = hugeValues();
  });

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    if (app) printTotals(tallies, app.traces().handlerCalls);
    await app?.services.close();
    await sim?.close();
  });

  it('keeps one accepted example per channel, so every mutation starts from a payload the app takes', () => {
    const examples: Record<string, unknown> = validPayloads();
    expect(Object.keys(examples).sort()).toEqual([...channels].sort());
    const refused = channels.filter(
      (channel) => !invokeChannels[channel].input.safeParse(examples[channel]).success,
    );
    expect(refused, 'examples their channel refuses').toEqual([]);
  });

  for (const channel of channels) {
    it(`refuses 1,000+ malformed payloads on "${channel}" before any handler runs`, async () => {
      const valid = (validPayloads() as Record<string, unknown>)[channel];
      const tally: Tally = { sent: 0, accepted: 0 };
      tallies.set(channel, tally);
      const storedBefore = app.stored();
      const requestsBefore = (await app.simStats()).requests;

      const small = fc.oneof(
        { arbitrary: mutationsOf(valid, hostileValue), weight: valid === undefined ? 1 : 3 },
        { arbitrary: hostileValue, weight: 1 },
      );
      const large = fc.oneof(mutationsOf(valid, huge.values, huge.keys), huge.values);
      await fuzz(app, channel, small.map(asDelivered), smallRuns, tally);
      await fuzz(app, channel, large, hugeRuns, tally);

      expect(tally.sent).toBeGreaterThanOrEqual(smallRuns);
      expect(app.handlerCalls.get(channel) ?? 0, 'handler calls').toBe(0);
      expect(app.stored(), 'settings and feature stores').toBe(storedBefore);
      expect((await app.simStats()).requests, 'requests DealPOS received').toBe(requestsBefore);
      expect(crashes).toEqual([]);
      // Over a thousand payloads, some of them megabytes: a busy 2-core machine has taken most of
      // the default 30 s on the larger channels (labels:outlet-prices).
    }, 120_000);
  }

  it('refuses every channel, valid payload or not, from a frame that is not the app page', async () => {
    const senders = [
      undefined,
      '',
      'https://evil.example/',
      'app://dealpos.evil/index.html',
      'app://user:pass@dealpos/index.html',
      'file:///index.html',
      'http://localhost:5173/',
      ...fc.sample(fc.webUrl({ withQueryParameters: true, withFragments: true }), 10),
    ];
    const before = app.traces();
    let refusals = 0;
    for (const channel of channels) {
      const valid = (validPayloads() as Record<string, unknown>)[channel];
      for (const payload of [valid, ...fc.sample(mutationsOf(valid, hostileValue), 5)]) {
        for (const sender of senders) {
          const answer = await app.services.dispatch(channel, sender, asDelivered(payload));
          const problem = refusalProblem(answer, 'untrusted-sender');
          expect(problem, `${channel} from ${String(sender)}`).toBeNull();
          refusals++;
        }
      }
    }
    expect(tracesProblem(before, app.traces())).toBeNull();
    console.log(`fuzz: ${refusals.toLocaleString('en-US')} calls from untrusted frames, all refused`);
  });

  it('refuses names that are not channels of the contract, however long or odd', async () => {
    const before = app.traces();
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'connection:save ',
      'CONNECTION:SAVE',
      'x'.repeat(1 << 20),
      ...fc.sample(fc.string({ unit: 'binary', maxLength: 100 }), 200),
    ].filter((name) => !Object.hasOwn(invokeChannels, name));
    for (const name of names) {
      const answer = await app.services.dispatch(name, appPageUrl, undefined);
      expect(refusalProblem(answer, 'invalid-input'), preview(name)).toBeNull();
    }
    expect(tracesProblem(before, app.traces())).toBeNull();
  });

  it("refuses garbage channel names in the preload's invoke: they never reach IPC", async () => {
    const before = app.traces();
    const reachedIpc: string[] = [];
    const bridge = buildBridge(
      appBridgeNames,
      (channel, input) => {
        reachedIpc.push(channel);
        return app.services.dispatch(channel, appPageUrl, input);
      },
      () => () => {},
    );
    const invoke = bridge.invoke as (channel: unknown, input?: unknown) => Promise<unknown>;
    const pattern = new RegExp(channelNamePattern);
    const garbage: unknown[] = [
      ...['', ':', 'labels', 'labels:', ':recent', 'labels:recent\n', ' labels:recent', 'labels:recent:x'],
      ...['Labels:recent', 'labels:Recent', 'labels/recent', 'labels:re cent', 'ipc:../../x', '\u0000:a'],
      `labels:${'x'.repeat(1 << 20)}`,
      ...[undefined, null, 0, true, {}, [], ['labels:recent'], { toString: () => 'labels:recent' }],
      ...fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), 300),
      ...fc.sample(fc.anything(), 100),
    ].filter((name) => typeof name !== 'string' || !pattern.test(name));
    for (const name of garbage) {
      await expect(invoke(name, validPayloads()['labels:recent']), preview(name)).rejects.toThrow(
        'Not a channel of the app',
      );
    }
    // Well-formed names outside the contract pass the preload and are refused by main, untouched.
    const wellFormed = ['labels:recents', 'ipc:any', 'connection:save-secret', 'app:quit', 'a:b'];
    for (const name of wellFormed) {
      expect(refusalProblem(await invoke(name, undefined), 'invalid-input'), name).toBeNull();
    }
    expect(reachedIpc).toEqual(wellFormed);
    expect(tracesProblem(before, app.traces())).toBeNull();
    console.log(`fuzz: ${garbage.length.toLocaleString('en-US')} garbage channel names, none reached IPC`);
  });

  it('the process stayed up, nothing reached a handler and no prototype key reached Object.prototype', () => {
    expect(crashes).toEqual([]);
    expect([...app.handlerCalls].filter(([, calls]) => calls > 0)).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
  });
});

/** Sends `numRuns` payloads from `payloads` that the channel's schema refuses; fails with a short picture of the first bad answer. */
async function fuzz(
  app: FuzzApp,
  channel: InvokeChannel,
  payloads: fc.Arbitrary<unknown>,
  numRuns: number,
  tally: Tally,
): Promise<void> {
  const schema = invokeChannels[channel].input;
  const malformed = payloads.filter((payload) => {
    const refused = !schema.safeParse(payload).success;
    if (!refused) tally.accepted++;
    return refused;
  });
  const property = fc.asyncProperty(malformed, async (payload) => {
    tally.sent++;
    const before = app.traces();
    const answer = await app.services.dispatch(channel, appPageUrl, payload);
    const problem = refusalProblem(answer, 'invalid-input') ?? tracesProblem(before, app.traces());
    if (problem) throw new Error(problem);
  });
  // Shrinking a megabyte payload costs more than it tells: stop at the first failure.
  const details = await fc.check(property, { numRuns, endOnFailure: true });
  if (details.failed) {
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    expect.fail(
      `${channel}: ${error} for ${preview(details.counterexample?.[0])} (fast-check seed ${details.seed}, path ${details.counterexamplePath})`,
    );
  }
}

function printTotals(tallies: Map<InvokeChannel, Tally>, handlerCalls: number): void {
  const format = (count: number) => count.toLocaleString('en-US');
  const lines = [...tallies].map(
    ([channel, { sent, accepted }]) =>
      `  ${channel}: ${format(sent)} malformed (${format(accepted)} valid generated, not sent)`,
  );
  const total = [...tallies.values()].reduce((sum, { sent }) => sum + sent, 0);
  console.log(
    [
      ...lines,
      `fuzz: ${tallies.size} channels, ${format(total)} malformed payloads, ${format(handlerCalls)} reached a handler`,
    ].join('\n'),
  );
}
