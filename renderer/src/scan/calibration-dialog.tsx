import { Button, Callout, Dialog, Flex, Text } from '@radix-ui/themes';
import { toSVG } from 'bwip-js/browser';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalibrationResult, calibrate, calibrationCode } from '../scanner/calibration.ts';
import { type Outcome, ScannerDetector } from '../scanner/scanner-detector.ts';
import { useScannerSettings } from './scanner-settings-store.ts';

/**
 * Shows a test barcode and learns the scanner from one scan of it. Two detectors listen at
 * once: one that expects Enter or Tab after the code, one for scanners that send nothing.
 */
export function CalibrationDialog() {
  const { t } = useTranslation('scan');
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<CalibrationResult | null>(null);
  // "Waiting for the scan" shows only once the keys are really being listened to.
  const [listening, setListening] = useState(false);
  const { settings, setSettings } = useScannerSettings();
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
    const permissive = { ...settings, maxInterKeyMs: 60, prefix: '', suffix: '', usePhysicalKeys: false };
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled || outcome.type !== 'scan') return;
      settled = true;
      const learned = calibrate(settings, outcome);
      setResult(learned);
      if (learned.ok) setSettings(learned.settings);
    };
    const withTerminator = new ScannerDetector({ ...permissive, terminators: ['Enter', 'Tab'] }, finish);
    const withoutTerminator = new ScannerDetector({ ...permissive, terminators: [] }, (outcome) =>
      // Give a terminator the chance to arrive first.
      setTimeout(() => finish(outcome), 80),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return;
      const stroke = { key: event.key, code: event.code, time: event.timeStamp, shiftKey: event.shiftKey };
      withTerminator.key(stroke);
      withoutTerminator.key(stroke);
      event.preventDefault();
      event.stopImmediatePropagation();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const now = performance.now();
        withTerminator.idle(now);
        withoutTerminator.idle(now);
      }, 70);
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
