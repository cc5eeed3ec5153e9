import { Button, Callout, Dialog, Flex, Text } from '@radix-ui/themes';
import { toSVG } from 'bwip-js/browser';
import { useEffect, useMemo, useState } from 'react';
import { type CalibrationResult, calibrationCode } from '../scanner/calibration.ts';
import { listenForCalibration } from '../scanner/calibration-listener.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { useScanText } from './use-scan-text.ts';

/**
 * Shows a test barcode and learns the scanner from one scan of it: any terminator or none,
 * pauses up to a second, a keyboard layout that garbles it (calibration-listener.ts).
 */
export function CalibrationDialog() {
  const { t } = useScanText();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<CalibrationResult | null>(null);
  // "Waiting for the scan" shows only once the keys are really being listened to.
  const [listening, setListening] = useState(false);
  const settings = useAppStore('scannerSettings', (s) => s.settings);
  const setSettings = useAppStore('scannerSettings', (s) => s.setSettings);
  // A data: URL keeps the SVG out of the page's markup (the CSP allows data: images).
  const svg = useMemo(() => {
    const markup = toSVG({
      bcid: 'code128',
      text: calibrationCode,
      scale: 3,
      height: 14,
      includetext: true,
      paddingwidth: 10,
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  }, []);

  useEffect(() => {
    if (!open) return;
    let settled = false;
    const listener = listenForCalibration(settings, (learned) => {
      if (settled) return;
      settled = true;
      setResult(learned);
      if (learned.ok) setSettings(learned.settings);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return;
      listener.key({
        key: event.key,
        code: event.code,
        time: event.timeStamp,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        repeat: event.repeat,
      });
      event.preventDefault();
      event.stopImmediatePropagation();
      // A scan with no terminator ends when no key has come for a while: up to a second for a
      // wireless scanner's pause. The keys' own timestamps decide, not this timer's lateness.
      clearTimeout(timer);
      const settlesAt = event.timeStamp + listener.idleAfterMs;
      timer = setTimeout(() => listener.idle(settlesAt), listener.idleAfterMs + 5);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    setListening(true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, { capture: true });
      setListening(false);
    };
  }, [open, settings, setSettings]);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setResult(null);
      }}
    >
      <Dialog.Trigger>
        <Button variant="soft" size="3">
          {t('calibrate.open')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>{t('calibrate.title')}</Dialog.Title>
        <Dialog.Description size="4">{t('calibrate.body')}</Dialog.Description>
        <div className="calibration-barcode">
          <img src={svg} alt={calibrationCode} data-testid="calibration-barcode" />
        </div>
        <Flex direction="column" gap="3" mt="3">
          {result === null && listening && (
            <Text size="4" data-testid="calibration-listening">
              {t('calibrate.waiting')}
            </Text>
          )}
          {result?.ok === true && (
            <Callout.Root color="green" size="2">
              <Callout.Text>
                {t('calibrate.done', { ms: result.settings.maxInterKeyMs })}
                {result.notes.includes('layout-fixed') ? ` ${t('calibrate.layoutFixed')}` : ''}
                {result.notes.includes('pauses')
                  ? ` ${t('calibrate.pauses', { ms: result.settings.maxPauseMs })}`
                  : ''}
              </Callout.Text>
            </Callout.Root>
          )}
          {result?.ok === false && (
            <Callout.Root color="red" size="2">
              <Callout.Text>{t('calibrate.wrong')}</Callout.Text>
            </Callout.Root>
          )}
          <Flex justify="end">
            <Dialog.Close>
              <Button size="3">{t('calibrate.close')}</Button>
            </Dialog.Close>
          </Flex>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
