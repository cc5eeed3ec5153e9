import { describe, expect, it } from 'vitest';
import type { AppHandlers } from '../../main/app-contract.ts';
import { createAppDispatcher } from '../../main/app-handlers.ts';

// Through the real dispatcher and the contract's real zod schemas. The handlers only record what
// reaches them: the question is what the border lets in, not what a feature does with it.

const appUrl = 'app://dealpos/index.html';

function recordingDispatcher() {
  const reached: { channel: string; input: unknown }[] = [];
  const handlers = new Proxy(
    {},
    {
      get: (_target, channel) => (input: unknown) => {
        reached.push({ channel: String(channel), input });
        return null;
      },
    },
  ) as AppHandlers;
  return { dispatch: createAppDispatcher(handlers, { isTrustedSender: (url) => url === appUrl }), reached };
}

const forged = [
  ['a newline forging a log line', 'HW001\n2026-05-04 14:03 HW002 PIN correct'],
  ['a carriage return', 'HW001\rHW002'],
  ['a NUL', 'HW\u0000001'],
  ['an escape sequence for the terminal', 'HW001\u001b[2K'],
  ['a C1 control (NEL)', 'HW001\u0085HW002'],
  ['DEL', 'HW001\u007f'],
  ['a Unicode line separator', 'HW001\u2028HW002'],
  ['a right-to-left override', 'HW\u202E100'],
  ['a bidi isolate', 'HW\u2066001\u2069'],
] as const;

describe('text from the page at the IPC border', () => {
  it.each(forged)(
    'a customer code with %s is refused before any handler, and so never reaches the log',
    async (_what, code) => {
      const { dispatch, reached } = recordingDispatcher();
      for (const [channel, payload] of [
        ['customers:check-pin', { code, pin: '1234' }],
        ['customers:clear-lockout', { code }],
        ['customers:find', { by: 'code', value: code }],
      ] as const) {
        const answer = await dispatch(channel, appUrl, payload);
        expect(answer, channel).toEqual({
          ok: false,
          error: { kind: 'invalid-input', message: expect.stringMatching(/control characters/) },
        });
      }
      expect(reached).toEqual([]);
    },
  );

  it("a scanner's Enter or Tab after the code is trimmed, and the code goes through", async () => {
    const { dispatch, reached } = recordingDispatcher();
    expect(await dispatch('customers:check-pin', appUrl, { code: '\tHW001\r\n', pin: '1234' })).toEqual({
      ok: true,
      value: null,
    });
    expect(reached).toEqual([{ channel: 'customers:check-pin', input: { code: 'HW001', pin: '1234' } }]);
  });

  it('ordinary names pass: Indonesian text, accents, emoji, punctuation', async () => {
    const { dispatch, reached } = recordingDispatcher();
    const outletName = 'Toko Pusat – Jl. Merdeka №5 (Café ☕ 👩‍👩‍👧)';
    const answer = await dispatch('connection:choose-outlet', appUrl, { outletId: 'OUT-1', outletName });
    expect(answer.ok).toBe(true);
    expect(reached).toEqual([
      { channel: 'connection:choose-outlet', input: { outletId: 'OUT-1', outletName } },
    ]);
  });

  it('a ZPL file keeps its lines, but not other control characters', async () => {
    const { dispatch, reached } = recordingDispatcher();
    const zpl = '^XA\r\n^FO20,20^FDHW001^FS\n\t^XZ\n';
    expect((await dispatch('labels:save-zpl', appUrl, { fileName: 'labels', zpl })).ok).toBe(true);
    const refused = await dispatch('labels:save-zpl', appUrl, { fileName: 'labels', zpl: `${zpl}\u001b` });
    expect(refused.ok).toBe(false);
    expect(reached).toEqual([{ channel: 'labels:save-zpl', input: { fileName: 'labels', zpl } }]);
  });
});
