import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askAgainMs,
  dailyMs,
  firstCheckDelayMs,
  isAcceptableFeedUrl,
  nextCheckDelay,
  retryBaseMs,
} from '../../main/updates/update-policy.ts';
import { createUpdateScheduler } from '../../main/updates/update-scheduler.ts';
import type { CheckAnswer, UpdaterPort } from '../../main/updates/updater-port.ts';

/** A stand-in for electron-updater: answers what the test queues, records checks and restarts. */
function fakeUpdater() {
  const answers: (CheckAnswer | Error)[] = [];
  let downloaded: (version: string) => void = () => {};
  const port: UpdaterPort & {
    checks: number;
    installs: number;
    questions: string[];
    answerRestart: boolean;
    feed: string | null;
  } = {
    available: true,
    checks: 0,
    installs: 0,
    questions: [] as string[],
    answerRestart: true,
    feed: null as string | null,
    setFeedUrl(url: string | null) {
      port.feed = url;
    },
    async check() {
      port.checks += 1;
      const next = answers.shift() ?? { available: false };
      if (next instanceof Error) throw next;
      return next;
    },
    onDownloaded(listener: (version: string) => void) {
      downloaded = listener;
    },
    async askToRestart(version: string) {
      port.questions.push(version);
      return port.answerRestart;
    },
    quitAndInstall() {
      port.installs += 1;
    },
  };
  return { port, answers, download: (version: string) => downloaded(version) };
}

const start = Date.UTC(2026, 11, 2, 8, 0);
const offline = Object.assign(new Error('getaddrinfo ENOTFOUND updates.example'), { code: 'ENOTFOUND' });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

function schedule() {
  const updater = fakeUpdater();
  const log: string[] = [];
  const scheduler = createUpdateScheduler({
    updater: updater.port,
    now: () => Date.now(),
    log: (m) => log.push(m),
  });
  return { ...updater, scheduler, log };
}

describe('when the app looks for a new version', () => {
  it('looks a little after start, then once a day', async () => {
    const { port, scheduler } = schedule();
    scheduler.start();
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs - 1);
    expect(port.checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(port.checks).toBe(1);
    expect(scheduler.view()).toMatchObject({ phase: 'up-to-date', checkedAt: start + firstCheckDelayMs });
    await vi.advanceTimersByTimeAsync(dailyMs);
    expect(port.checks).toBe(2);
    scheduler.stop();
  });

  it('offline, says so and tries again after 15, 30, 60 minutes, never waiting longer than a day', async () => {
    const { port, answers, scheduler } = schedule();
    answers.push(offline, offline, offline);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(firstCheckDelayMs);
    expect(scheduler.view().phase).toBe('offline');
    await vi.advanceTimersByTimeAsync(retryBaseMs);
    expect(port.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(2 * retryBaseMs);
    expect(port.checks).toBe(3);
    await vi.advanceTimersByTimeAsync(4 * retryBaseMs);
    expect(port.checks).toBe(4);
    expect(scheduler.view().phase).toBe('up-to-date');
    expect(nextCheckDelay(20)).toBe(dailyMs);
    scheduler.stop();
  });

  it('a server error reads as "failed", not "offline"', async () => {
    const { answers, scheduler } = schedule();
    answers.push(new Error('HttpError: 404 Not Found latest.yml'));
    await scheduler.checkNow();
    expect(scheduler.view().phase).toBe('failed');
    scheduler.stop();
  });

  it('does nothing where the app was not installed by its installer', async () => {
    const { port, scheduler } = schedule();
    const scheduler2 = createUpdateScheduler({
      updater: { ...port, available: false },
      now: () => Date.now(),
      log: () => {},
    });
    scheduler2.start();
    await vi.advanceTimersByTimeAsync(2 * dailyMs);
    expect(port.checks).toBe(0);
    expect(scheduler2.view().phase).toBe('unavailable');
    scheduler.stop();
  });
});

describe('restarting into a downloaded version', () => {
  it('downloads in the background and asks once it is ready', async () => {
    const { port, answers, download, scheduler } = schedule();
    answers.push({ available: true, version: '0.2.0' });
    await scheduler.checkNow();
    expect(scheduler.view()).toMatchObject({ phase: 'downloading', version: '0.2.0' });
    expect(port.questions).toEqual([]);
    download('0.2.0');
    await vi.advanceTimersByTimeAsync(0);
    expect(port.questions).toEqual(['0.2.0']);
    expect(port.installs).toBe(1);
    scheduler.stop();
  });

  it('never asks in the middle of a count or a print: it waits until both are done', async () => {
    const { port, download, scheduler } = schedule();
    scheduler.setBusy('count', true);
    scheduler.setBusy('print', true);
    download('0.2.0');
    await vi.advanceTimersByTimeAsync(0);
    expect(port.questions).toEqual([]);
    expect(scheduler.restartNow()).toBe(false);
    scheduler.setBusy('count', false);
    await vi.advanceTimersByTimeAsync(0);
    expect(port.questions).toEqual([]);
    scheduler.setBusy('print', false);
    await vi.advanceTimersByTimeAsync(0);
    expect(port.questions).toEqual(['0.2.0']);
    expect(port.installs).toBe(1);
    scheduler.stop();
  });

  it('after "Later", asks again 4 hours on, not before', async () => {
    const { port, download, scheduler } = schedule();
    port.answerRestart = false;
    download('0.2.0');
    await vi.advanceTimersByTimeAsync(0);
    expect(port.questions).toHaveLength(1);
    scheduler.setBusy('count', true);
    scheduler.setBusy('count', false);
    await vi.advanceTimersByTimeAsync(askAgainMs - 1);
    expect(port.questions).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(port.questions).toHaveLength(2);
    expect(port.installs).toBe(0);
    expect(scheduler.restartNow()).toBe(true);
    expect(port.installs).toBe(1);
    scheduler.stop();
  });
});

describe('the admin feed address', () => {
  it.each([
    ['https://updates.toko.example/dealpos/', true],
    ['http://updates.toko.example/', false],
    ['https://user:pass@updates.toko.example/', false],
    ['https://updates.toko.example/?token=x', false],
    ['not a url', false],
  ])('%s is acceptable: %s', (url, acceptable) => {
    expect(isAcceptableFeedUrl(url)).toBe(acceptable);
  });

  it('is handed to the updater', () => {
    const { port, scheduler } = schedule();
    scheduler.setFeedUrl('https://updates.toko.example/dealpos/');
    expect(port.feed).toBe('https://updates.toko.example/dealpos/');
  });
});
