import { describe, expect, it } from 'vitest';
import { type AppHandlers, invokeChannels } from '../../main/app-contract.ts';
import { createAppDispatcher } from '../../main/app-handlers.ts';
import { labelPrintPage, labelPrintUrl } from '../../main/labels/print-route.ts';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../main/window/app-origin.ts';
import { trustedSenderCheck } from '../../main/window/trusted-sender.ts';

// The real dispatcher with the sender check the app entry wires (main/index.ts). Handlers only
// record that they ran: what matters is which calls get to one.

function dispatcher() {
  const reached: string[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_target, channel) => () => {
        reached.push(String(channel));
        return null;
      },
    },
  ) as AppHandlers;
  const dispatch = createAppDispatcher(handlers, {
    isTrustedSender: trustedSenderCheck(APP_ORIGIN, [labelPrintPage]),
  });
  return { dispatch, reached };
}

const printPageUrl = labelPrintUrl(APP_ENTRY_URL, '3f1c2a4e-8b7d-4c1e-9f00-123456789abc');
const jobId = '3f1c2a4e-8b7d-4c1e-9f00-123456789abc';

describe('what the hidden label print window may ask of main', () => {
  it.each(
    Object.keys(invokeChannels).filter((c) => !(labelPrintPage.channels as readonly string[]).includes(c)),
  )('%s from the print page is refused before its handler', async (channel) => {
    const { dispatch, reached } = dispatcher();
    expect(await dispatch(channel, printPageUrl, undefined)).toMatchObject({
      ok: false,
      error: { kind: 'untrusted-sender' },
    });
    expect(reached).toEqual([]);
  });

  it('fetching its job and saying it is drawn still work', async () => {
    const { dispatch, reached } = dispatcher();
    expect(await dispatch('labels:print-job', printPageUrl, { jobId })).toEqual({ ok: true, value: null });
    expect(await dispatch('labels:print-rendered', printPageUrl, { jobId, pages: 2 })).toEqual({
      ok: true,
      value: null,
    });
    expect(reached).toEqual(['labels:print-job', 'labels:print-rendered']);
  });

  it('the app window itself keeps every channel, saving the connection included', async () => {
    const { dispatch, reached } = dispatcher();
    const answer = await dispatch('connection:save', APP_ENTRY_URL, {
      host: 'acme',
      clientId: 'kasir-1',
      clientSecret: 'rahasia',
    });
    expect(answer).toEqual({ ok: true, value: null });
    expect(reached).toEqual(['connection:save']);
  });
});
