/**
 * Which bridge functions and events the page gets, as main passes them to the preload through
 * `webPreferences.additionalArguments` (appended to the preload's process.argv). The preload then
 * needs no copy of the contract: its modules build zod schemas, which a sandboxed preload cannot
 * load, and a copy would have to be edited with every new channel.
 */
export interface BridgeManifest {
  /** Bridge function name -> channel. */
  methods: Record<string, string>;
  events: string[];
}

export const bridgeArgumentPrefix = '--dealpos-bridge=';

const name = /^[a-zA-Z][a-zA-Z0-9]{0,63}$/;
const channelName = /^[a-z][a-z-]*:[a-z][a-z-]*$/;

/** The manifest in `argv`, checked; null when it is missing or malformed (then the page gets no bridge). */
export function readBridgeManifest(argv: readonly string[]): BridgeManifest | null {
  const argument = argv.find((arg) => arg.startsWith(bridgeArgumentPrefix));
  if (!argument) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(argument.slice(bridgeArgumentPrefix.length));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { methods, events } = parsed as { methods?: unknown; events?: unknown };
  if (typeof methods !== 'object' || methods === null || !Array.isArray(events)) return null;
  const entries = Object.entries(methods);
  if (
    !entries.every(
      ([method, channel]) => name.test(method) && typeof channel === 'string' && channelName.test(channel),
    )
  ) {
    return null;
  }
  if (!events.every((event) => typeof event === 'string' && channelName.test(event))) return null;
  return { methods: Object.fromEntries(entries) as Record<string, string>, events: events as string[] };
}
