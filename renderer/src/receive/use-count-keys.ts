import { useEffect, useRef } from 'react';
import { attachKeyboardWedge } from '../scanner/keyboard-wedge.ts';
import type { ScannerSettings } from '../scanner/scanner-detector.ts';

/**
 * The count's keyboard: scans through the app's one keyboard wedge (the saved scanner
 * settings), and Ctrl+Z for Undo. Nothing is read while a dialog is open (the wedge leaves
 * dialogs alone, and so does Undo).
 */
export function useCountKeys(options: {
  active: boolean;
  settings: ScannerSettings;
  onScan(code: string): void;
  onUndo(): void;
}) {
  const { active, settings } = options;
  const latest = useRef(options);
  latest.current = options;
  const initialSettings = useRef(settings);
  const wedge = useRef<ReturnType<typeof attachKeyboardWedge> | null>(null);

  useEffect(() => {
    if (!active) return;
    const attached = attachKeyboardWedge(window, {
      settings: initialSettings.current,
      onScan: (code) => latest.current.onScan(code),
    });
    wedge.current = attached;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || event.shiftKey) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"], [role="alertdialog"]'))
        return;
      event.preventDefault();
      latest.current.onUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      attached.detach();
      window.removeEventListener('keydown', onKey);
      wedge.current = null;
    };
  }, [active]);

  useEffect(() => wedge.current?.update(settings), [settings]);
}
