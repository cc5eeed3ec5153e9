import { Flex, Grid } from '@radix-ui/themes';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { beep, prepareBeep } from '../scanner/beep.ts';
import { attachKeyboardWedge } from '../scanner/keyboard-wedge.ts';
import { useAppStore, useStores } from '../stores/app-stores.ts';
import { CatalogPanel } from './catalog-panel.tsx';
import { FoundPanelWarmUp } from './found-panel-warm-up.tsx';
import { ItemPanel } from './item-panel.tsx';
import { ScanInput } from './scan-input.tsx';
import { ScanList, type ScanListProps } from './scan-list.tsx';

/** Marks when a scan arrived and measures when its answer was painted (the task right after the next frame). */
function measureScanToPaint(): () => void {
  const start = performance.now();
  return () =>
    requestAnimationFrame(() =>
      setTimeout(() => performance.measure('scan-to-paint', { start, end: performance.now() }), 0),
    );
}

/**
 * The counter's scan screen: a USB scanner (or a typed code and Enter) finds the item in the
 * catalog on this PC, with or without internet, beeps, and shows it large; the session's scans
 * are listed with counts.
 */
export function ScanScreen({ onSendToLabels }: { onSendToLabels?: ScanListProps['onSendToLabels'] }) {
  const { catalog } = useStores();
  // The screen itself does not follow each scan: ScanAnswer and ScanSession below do.
  const idle = useAppStore('scans', (s) => s.last.kind === 'idle');
  const show = useAppStore('scans', (s) => s.show);
  const add = useAppStore('scans', (s) => s.add);
  const clear = useAppStore('scans', (s) => s.clear);
  const settings = useAppStore('scannerSettings', (s) => s.settings);
  const online = useAppStore('session', (state) => state.connection.online);
  // Every answer gives the keys back to the scan box: the next scan must land there.
  const input = useRef<HTMLInputElement>(null);
  const answer = useCallback(
    (next: Parameters<typeof show>[0]) => {
      show(next);
      input.current?.focus();
    },
    [show],
  );
  const wedge = useRef<ReturnType<typeof attachKeyboardWedge> | null>(null);

  const handleCode = useCallback(
    async (raw: string) => {
      const code = raw.trim();
      if (!code) return;
      const painted = measureScanToPaint();
      const item = await catalog.getState().find(code);
      // The answer is in the DOM before this task ends (not in a later one React would pick),
      // and the beep is set up after it: both reach the cashier together, the frame first.
      flushSync(() => {
        if (item) {
          add(item);
          answer({ kind: 'found', item, online: false });
        } else answer({ kind: 'not-found', code, online: 'not-asked' });
      });
      beep(item ? 'found' : 'not-found');
      painted();
    },
    [catalog, add, answer],
  );

  const lookupOnline = useCallback(
    async (code: string) => {
      answer({ kind: 'not-found', code, online: 'asking' });
      const result = await catalog.getState().lookupOnline(code);
      if (!result.ok) answer({ kind: 'not-found', code, online: { error: result.error } });
      else if (result.value) {
        beep('found');
        add(result.value);
        answer({ kind: 'found', item: result.value, online: true });
      } else answer({ kind: 'not-found', code, online: 'unknown' });
    },
    [catalog, add, answer],
  );

  // The wedge is attached once per handler; later settings reach it through update().
  const initialSettings = useRef(settings);
  useEffect(() => {
    const attached = attachKeyboardWedge(window, {
      settings: initialSettings.current,
      onScan: (code) => void handleCode(code),
      onBurstStart: () => catalog.getState().scanComing(),
      onRejected: (outcome) => {
        beep('not-found');
        show({ kind: 'rejected', reason: outcome.reason });
      },
    });
    wedge.current = attached;
    return attached.detach;
  }, [handleCode, show, catalog]);

  useEffect(() => wedge.current?.update(settings), [settings]);
  // The audio output takes a while to open; open it now, not on the first scan.
  useEffect(prepareBeep, []);

  const onCode = useCallback((code: string) => void handleCode(code), [handleCode]);
  const onLookupOnline = useCallback((code: string) => void lookupOnline(code), [lookupOnline]);
  const askOutletStock = useCallback((code: string) => catalog.getState().stockEverywhere(code), [catalog]);
  const warmUp = useWhenIdle();
  // The first lookup also reads which generation is active, opens IndexedDB's first transaction
  // and decodes a pack for the first time: done once while idle, not inside the first scan.
  useEffect(() => {
    if (warmUp)
      catalog
        .getState()
        .warmUp()
        .catch(() => undefined);
  }, [warmUp, catalog]);

  return (
    <Flex direction="column" gap="5">
      <ScanInput onCode={onCode} inputRef={input} />
      <Grid columns={{ initial: '1', md: '3fr 2fr' }} gap="5">
        <ScanAnswer online={online} onLookupOnline={onLookupOnline} askOutletStock={askOutletStock} />
        <ScanSession onClear={clear} {...(onSendToLabels ? { onSendToLabels } : {})} />
      </Grid>
      <CatalogPanel />
      {warmUp && idle && <FoundPanelWarmUp />}
    </Flex>
  );
}

type ScanAnswerProps = Omit<Parameters<typeof ItemPanel>[0], 'last' | 'serial'>;

/** The last scan's panel, following the scan store: a scan renders this and the list, not the screen. */
function ScanAnswer(props: ScanAnswerProps) {
  const last = useAppStore('scans', (s) => s.last);
  const serial = useAppStore('scans', (s) => s.serial);
  return <ItemPanel last={last} serial={serial} {...props} />;
}

/** The session's list, following the scan store's lines. */
function ScanSession(props: Omit<ScanListProps, 'lines'>) {
  const lines = useAppStore('scans', (s) => s.lines);
  return <ScanList lines={lines} {...props} />;
}

/** True once the page has had an idle moment after the screen opened (at most a second later). */
function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
