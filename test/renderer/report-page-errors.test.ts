import { describe, expect, it } from 'vitest';
import { pageErrorInput } from '../../main/logging/logging-channels.ts';
import { reportPageErrors } from '../../renderer/src/errors/report-page-errors.ts';

function setUp() {
  const target = new EventTarget() as unknown as Window;
  const sent: { channel: string; payload: unknown }[] = [];
  const bridge = {
    invoke: async (channel: string, payload?: unknown) => {
      sent.push({ channel, payload });
      return { ok: true as const, value: null };
    },
  };
  const stop = reportPageErrors(target, bridge as never, () => 'labels');
  const fire = (type: string, fields: object) =>
    (target as unknown as EventTarget).dispatchEvent(Object.assign(new Event(type), fields));
  return { sent, stop, fire };
}

describe("the page's errors reach main's log", () => {
  it('sends an uncaught error with its stack and the screen it happened on, in a shape main accepts', () => {
    const { sent, fire } = setUp();
    const error = new TypeError('x is undefined\u202E');
    fire('error', { error, message: 'Uncaught TypeError' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      channel: 'logs:page-error',
      payload: { kind: 'error', message: 'TypeError: x is undefined', where: 'labels' },
    });
    expect(pageErrorInput.safeParse(sent[0]?.payload).success).toBe(true);
  });

  it('sends an unhandled rejection, even of a non-Error', () => {
    const { sent, fire } = setUp();
    fire('unhandledrejection', { reason: 'network down\nretry' });
    expect(sent[0]?.payload).toEqual({
      kind: 'unhandledrejection',
      message: 'network down retry',
      where: 'labels',
    });
    expect(pageErrorInput.safeParse(sent[0]?.payload).success).toBe(true);
  });

  it('stops after 50 reports, so a failing render loop cannot fill the log', () => {
    const { sent, fire } = setUp();
    for (let i = 0; i < 80; i++) fire('error', { error: new Error(`again ${i}`) });
    expect(sent).toHaveLength(50);
  });

  it('sends nothing once stopped', () => {
    const { sent, fire, stop } = setUp();
    stop();
    fire('error', { error: new Error('late') });
    expect(sent).toEqual([]);
  });
});
