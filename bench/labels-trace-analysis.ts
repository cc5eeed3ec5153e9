import type { TraceEvent } from './scan-trace-analysis.ts';

// Where a traced stretch of label work spent its time: per thread (renderer main, compositor,
// GPU, browser...), that thread's events by self time, and the JavaScript functions sampled.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; lineNumber: number; columnNumber: number };
}

export interface ThreadTop {
  thread: string;
  busyMs: number;
  events: string[];
}

const ms = (us: number) => Math.round(us / 100) / 10;

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processes.set(e.pid, String(e.args?.name ?? e.pid));
    if (e.name === 'thread_name') names.set(`${e.pid}/${e.tid}`, String(e.args?.name ?? e.tid));
  }
  for (const [key, name] of names)
    names.set(key, `${processes.get(Number(key.split('/')[0])) ?? '?'} ${key.split('/')[0]} ${name}`);
  return names;
}

/** Self time of one thread's complete events, biggest first; its top-level busy time. */
function selfTimes(events: TraceEvent[]): { busy: number; rows: [string, number, number][] } {
  const tally = new Map<string, { self: number; count: number }>();
  const stack: { e: TraceEvent; children: number }[] = [];
  let busy = 0;
  const close = (upTo: number) => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { e: TraceEvent; children: number };
      if (top.e.ts + (top.e.dur ?? 0) > upTo) break;
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children += top.e.dur ?? 0;
      else busy += top.e.dur ?? 0;
      const row = tally.get(top.e.name) ?? { self: 0, count: 0 };
      row.self += (top.e.dur ?? 0) - top.children;
      row.count++;
      tally.set(top.e.name, row);
    }
  };
  for (const e of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const rows = [...tally].map(([name, r]) => [name, r.self, r.count] as [string, number, number]);
  return { busy, rows: rows.sort((a, b) => b[1] - a[1]) };
}

/** The busiest threads and their top events. */
export function threadTops(events: TraceEvent[], threads = 4, top = 14): ThreadTop[] {
  const names = threadNames(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}/${e.tid}`;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  return [...byThread]
    .map(([key, list]) => {
      const { busy, rows } = selfTimes(list);
      return {
        thread: names.get(key) ?? key,
        busyMs: ms(busy),
        events: rows.slice(0, top).map(([name, self, count]) => `${ms(self)} ms  ${name} x${count}`),
      };
    })
    .sort((a, b) => b.busyMs - a.busyMs)
    .slice(0, threads);
}

/** JavaScript by function over every profile in the trace, self ms, biggest first. */
export function functionTops(events: TraceEvent[], top = 25): string[] {
  const tally = new Map<string, number>();
  for (const profile of events.filter((e) => e.name === 'Profile')) {
    const nodes = new Map<number, ProfileNode>();
    for (const chunk of events.filter(
      (e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid,
    )) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      (data.cpuProfile?.samples ?? []).forEach((sample, i) => {
        const frame = nodes.get(sample)?.callFrame;
        if (!frame || frame.functionName === '(idle)') return;
        const file = (frame.url ?? '').split('/').pop() ?? '';
        const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
        tally.set(key, (tally.get(key) ?? 0) + (data.timeDeltas?.[i] ?? 0));
      });
    }
  }
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, us]) => `${ms(us)} ms  ${fn}`);
}
