import { useCallback, useEffect, useRef, useState } from 'react';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { downloadText } from '../export/download-csv.ts';
import type { IpcError, StoreCheckPlan, StoreCheckProgress, StoreCheckRun } from './store-check-contract.ts';

/** How often the panel asks main how far the check is (an IPC call, no DealPOS request). */
const progressPollMs = 250;

export interface StoreCheckState {
  plan: StoreCheckPlan | null;
  running: boolean;
  progress: StoreCheckProgress | null;
  run: StoreCheckRun | null;
  error: IpcError | null;
  savedFile: string | null;
  start(): Promise<void>;
  save(): Promise<void>;
}

/** The store check as the Settings panel drives it: the plan first, one run at a time, then the report. */
export function useStoreCheck(): StoreCheckState {
  const [plan, setPlan] = useState<StoreCheckPlan | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<StoreCheckProgress | null>(null);
  const [run, setRun] = useState<StoreCheckRun | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [savedFile, setSavedFile] = useState<string | null>(null);
  const mounted = useRef(true);

  const start = useCallback(async () => {
    setRunning(true);
    setError(null);
    setSavedFile(null);
    const answer = await dealposBridge().invoke('store-check:run');
    if (!mounted.current) return;
    setRunning(false);
    setProgress(null);
    if (answer.ok) setRun(answer.value);
    else setError(answer.error);
  }, []);

  // Settings opened again: the plan, the last run's table, and a check still running (joined).
  useEffect(() => {
    mounted.current = true;
    const bridge = dealposBridge();
    void Promise.all([
      bridge.invoke('store-check:plan'),
      bridge.invoke('store-check:last'),
      bridge.invoke('store-check:progress'),
    ]).then(([planned, last, now]) => {
      if (!mounted.current) return;
      if (planned.ok) setPlan(planned.value);
      else setError(planned.error);
      if (last.ok) setRun(last.value);
      if (now.ok && now.value) {
        setProgress(now.value);
        void start();
      }
    });
    return () => {
      mounted.current = false;
    };
  }, [start]);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void dealposBridge()
        .invoke('store-check:progress')
        .then((answer) => {
          if (mounted.current && answer.ok && answer.value) setProgress(answer.value);
        });
    }, progressPollMs);
    return () => clearInterval(timer);
  }, [running]);

  const save = useCallback(async () => {
    const answer = await dealposBridge().invoke('store-check:report');
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    if (!answer.value) return;
    downloadText(answer.value.fileName, answer.value.json, 'application/json;charset=utf-8');
    setSavedFile(answer.value.fileName);
  }, []);

  return { plan, running, progress, run, error, savedFile, start, save };
}
