/** One Chrome trace event (the fields this analysis reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

interface Window {
  start: number;
  end: number;
}

export interface TraceTop {
  /** scan-to-paint windows found in the trace (µs on the trace's clock). */
  windows: number;
  /** Summed window length, ms. */
  windowMs: number;
  /** Main-thread events by name, self time (children subtracted), ms summed over the windows. */
  events: { name: string; selfMs: number; count: number }[];
  /** Tasks over 16 ms that start inside a window. */
  longTasks: { count: number; maxMs: number };
  /** JavaScript by function (CPU profile samples), self ms summed over the windows. */
  functions: { fn: string; selfMs: number }[];
}

const inside = (windows: Window[], ts: number) => windows.some((w) => ts >= w.start && ts <= w.end);

/** The scan screen's own `scan-to-paint` measures, as the trace's user-timing pairs. */
function scanWindows(events: TraceEvent[]): { pid: number; windows: Window[] } {
  const marks = events.filter((e) => e.name === 'scan-to-paint' && e.cat.includes('user_timing'));
  const begins = marks.filter((e) => e.ph === 'b').sort((a, b) => a.ts - b.ts);
  const ends = marks.filter((e) => e.ph === 'e').sort((a, b) => a.ts - b.ts);
  const windows = begins.map((b, i) => ({ start: b.ts, end: ends[i]?.ts ?? b.ts }));
  return { pid: begins[0]?.pid ?? -1, windows };
}

/** Self time of the main thread's complete events: each event's duration minus its children's. */
function eventSelfTimes(events: TraceEvent[], windows: Window[]) {
  const tally = new Map<string, { selfMs: number; count: number }>();
  const stack: { e: TraceEvent; children: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { e: TraceEvent; children: number };
      if (top.e.ts + (top.e.dur ?? 0) > upTo) break;
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children += top.e.dur ?? 0;
      if (!inside(windows, top.e.ts)) continue;
      const row = tally.get(top.e.name) ?? { selfMs: 0, count: 0 };
      row.selfMs += ((top.e.dur ?? 0) - top.children) / 1000;
      row.count++;
      tally.set(top.e.name, row);
    }
  };
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return [...tally].map(([name, row]) => ({ name, ...row })).sort((a, b) => b.selfMs - a.selfMs);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

/** Self time per JavaScript function from the trace's CPU profile chunks (sampled). */
function functionSelfTimes(events: TraceEvent[], pid: number, windows: Window[]) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid);
  const startTime = (profile?.args?.data as { startTime?: number } | undefined)?.startTime;
  if (!profile || startTime === undefined) return [];
  const nodes = new Map<number, ProfileNode>();
  const tally = new Map<string, number>();
  let ts = startTime;
  for (const chunk of events.filter(
    (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid,
  )) {
    const data = chunk.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((sample, i) => {
      const delta = data.timeDeltas?.[i] ?? 0;
      ts += delta;
      if (!inside(windows, ts)) return;
      const frame = nodes.get(sample)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const file = (frame.url ?? '').split('/').pop() ?? '';
      const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      tally.set(key, (tally.get(key) ?? 0) + delta / 1000);
    });
  }
  return [...tally].map(([fn, selfMs]) => ({ fn, selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}

/** What the renderer's main thread did between each scan and its paint, biggest first. */
export function topOfTrace(events: TraceEvent[], top = 15): TraceTop {
  const { pid, windows } = scanWindows(events);
  const mainTid = events.find(
    (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask' && inside(windows, e.ts) && (e.dur ?? 0) > 16_000);
  return {
    windows: windows.length,
    windowMs: windows.reduce((sum, w) => sum + (w.end - w.start), 0) / 1000,
    events: eventSelfTimes(main, windows).slice(0, top),
    longTasks: { count: tasks.length, maxMs: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)) },
    functions: functionSelfTimes(events, pid, windows).slice(0, top),
  };
}
