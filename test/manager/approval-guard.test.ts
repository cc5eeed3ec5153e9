import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../main/app-contract.ts';
import { guardedChannels } from '../../main/guarded-channels.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { rollProfile } from '../support/label-profiles.ts';
import { passcodeAlone, testApproval } from '../support/manager-approval.ts';
import { type OpenApp, ok, openApp } from '../support/open-app.ts';

// One rule in one place (issue #12): every guarded channel is refused without the manager's
// approval before its handler runs, through the app's own services and the simulator over HTTP.

let sim: RunningSimulator;
let desk: OpenApp;

beforeAll(async () => {
  sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
  desk = await openApp({ simulator: sim });
});
afterAll(async () => {
  await desk.close();
  await sim.close();
});

const profile = rollProfile('Rak 40 x 30');

/** A valid payload for each guarded channel, without its approval. */
function payloads(): Record<keyof typeof guardedChannels, unknown> {
  return {
    'customers:clear-lockout': { code: 'MBR-0001' },
    'connection:save': { host: sim.baseUrl, ...sim.credentials.limited },
    'connection:disconnect': undefined,
    'back-office:invoice-erase': { outlet: desk.outlet, number: '2026.11.00001' },
    'back-office:variant-delete': { code: '1315L' },
    'labels:save-profile': profile,
    'labels:delete-profile': { id: 'custom-1' },
    'updates:set-feed': { feedUrl: 'https://updates.toko.example/dealpos/' },
  };
}

/** Calls a channel as the page would, through the bridge's dispatcher. */
async function send(channel: InvokeChannel, payload: unknown) {
  const invoke = desk.bridge.invoke as (channel: string, input: unknown) => Promise<unknown>;
  return invoke(channel, payload) as Promise<{ ok: boolean; error?: { kind: string } }>;
}

describe('the guarded channels', () => {
  it('are the seven actions issue #12 names and the update feed of issue #16, and no more', () => {
    expect(Object.keys(guardedChannels).sort()).toEqual(
      [
        'back-office:invoice-erase',
        'back-office:variant-delete',
        'connection:disconnect',
        'connection:save',
        'customers:clear-lockout',
        'labels:delete-profile',
        'labels:save-profile',
        'updates:set-feed',
      ].sort(),
    );
  });

  it('refuse every one without approval, or with a wrong passcode, before anything reaches DealPOS or a store', async () => {
    const before = sim.controls.stats();
    const view = ok(await desk.bridge.invoke('connection:get'));
    const profiles = ok(await desk.bridge.invoke('labels:profiles'));
    for (const [channel, payload] of Object.entries(payloads())) {
      const bare = await send(channel as InvokeChannel, payload);
      expect(bare.error?.kind, channel).toBe('approval-required');
      const wrong = await send(channel as InvokeChannel, {
        ...(payload as object),
        approval: { ...testApproval, passcode: '1111' },
      });
      expect(wrong.error?.kind, channel).toBe('approval-refused');
      // A right passcode between wrong ones keeps the manager's tries from running out here.
      ok(
        await desk.bridge.invoke('manager:set-passcode', {
          current: testApproval.passcode,
          next: testApproval.passcode,
        }),
      );
    }
    expect(sim.controls.stats().requests).toBe(before.requests);
    expect(ok(await desk.bridge.invoke('connection:get'))).toEqual(view);
    expect(ok(await desk.bridge.invoke('labels:profiles'))).toEqual(profiles);
    expect(ok(await desk.bridge.invoke('back-office:activity')).total).toBe(0);
    // Each wrong passcode and each reset is a deliberately slow key stretch, 8 channels x 3 of them:
    // on a busy 2-core CI machine that passed the default 30 s.
  }, 120_000);

  it('run with the passcode, and the back-office log names who approved it', async () => {
    const saved = ok(await desk.bridge.invoke('labels:save-profile', { ...profile, approval: testApproval }));
    expect(saved.saved).toBe(true);
    // The approval is not kept with the profile.
    expect(JSON.stringify(desk.stores.get('label-profiles')?.read())).not.toContain(testApproval.approver);
    const { sampleVariantCodes } = sim.controls.fixtures();
    const code = sampleVariantCodes[0]!;
    const deleted = ok(
      await desk.bridge.invoke('back-office:variant-delete', { code, approval: testApproval }),
    );
    expect(deleted.result).toBe('done');
    const [entry] = ok(await desk.bridge.invoke('back-office:activity')).entries;
    expect(entry).toMatchObject({ action: 'variant-delete', detail: `Approved by ${testApproval.approver}` });
    expect(desk.logs.join('\n')).not.toMatch(passcodeAlone);
  });

  it('let the first connect and a new connection after an approved disconnect through without a passcode', async () => {
    ok(await desk.bridge.invoke('connection:disconnect', { approval: testApproval }));
    expect(ok(await desk.bridge.invoke('connection:get')).mode).toBe('none');
    ok(await desk.bridge.invoke('connection:save', { host: sim.baseUrl, ...sim.credentials.full }));
    const [outlet] = sim.controls.fixtures().outlets;
    ok(
      await desk.bridge.invoke('connection:choose-outlet', {
        outletId: outlet!.ID,
        outletName: outlet!.Name,
      }),
    );
    // Connected again: replacing it needs the manager once more.
    const replace = await desk.bridge.invoke('connection:save', {
      host: sim.baseUrl,
      ...sim.credentials.limited,
    });
    expect(replace).toMatchObject({ ok: false, error: { kind: 'approval-required' } });
  });
});

describe('the first manager passcode on a counter that is already connected', () => {
  // A counter connected before passcodes existed (or whose passcode file was deleted): without a
  // proof, anyone at it could set a passcode and then clear PIN locks with it.
  let counter: OpenApp;
  beforeAll(async () => {
    counter = await openApp({ simulator: sim });
    counter.stores.get('manager-passcode')?.write(undefined);
    expect(ok(await counter.bridge.invoke('manager:status')).passcodeSet).toBe(false);
  });
  afterAll(() => counter.close());

  it("needs the connected store's Client Secret: none or a wrong one sets nothing", async () => {
    const bare = await counter.bridge.invoke('manager:set-passcode', { next: '9753' });
    expect(bare).toMatchObject({ ok: false, error: { kind: 'approval-required' } });
    const wrong = await counter.bridge.invoke('manager:set-passcode', {
      next: '9753',
      clientSecret: 'guess',
    });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'approval-refused' } });
    // A wrong secret counts as a wrong try, so the secret cannot be guessed at leisure either.
    expect(ok(await counter.bridge.invoke('manager:status'))).toMatchObject({
      passcodeSet: false,
      triesLeft: 4,
    });
    const clear = await counter.bridge.invoke('customers:clear-lockout', {
      code: 'MBR-0001',
      approval: { passcode: '9753', approver: 'Someone' },
    });
    expect(clear).toMatchObject({ ok: false, error: { kind: 'approval-required' } });
  });

  it('is set with the right Client Secret, which is never logged', async () => {
    const { clientSecret } = sim.credentials.full;
    const set = ok(await counter.bridge.invoke('manager:set-passcode', { next: '9753', clientSecret }));
    expect(set.passcodeSet).toBe(true);
    expect(counter.logs.join('\n')).not.toContain(clientSecret);
  });
});
