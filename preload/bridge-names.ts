import { labelPrintPage } from '../main/labels/print-route.ts';
import { receiveReportPage } from '../main/receive/report-route.ts';

// Which names the preload lets through to main. Zod-free on purpose: the sandboxed preload is one
// bundled file and cannot load the contract's schemas. It needs no list of channels: main has a
// handler for the contract's channels only and its dispatcher refuses any other name, so the
// preload checks only that a name is a channel name at all.

/** What `buildBridge` lets through: plain data, so the end-to-end harness can inject it as JSON. */
export interface BridgeNames {
  /** The source of the RegExp every channel name must match. */
  channels: string;
  /** The events the page may listen to. */
  events: readonly string[];
}

/** Every channel is named `feature:action`, lower case with dashes (e.g. "labels:recent"). */
export const channelNamePattern = '^[a-z][a-z-]{0,39}:[a-z][a-z-]{0,39}$';

/** The events main pushes to the app's page (the contract's EventChannel; the compiler keeps them equal). */
export const eventNames = ['quota:changed', 'connection:changed'] as const;

/** The app's page: any channel name (main answers the contract's), every event. */
export const appBridgeNames: BridgeNames = { channels: channelNamePattern, events: eventNames };

/**
 * The hidden label print page: its two channels and no events, so that window never holds the
 * bridge that saves credentials or checks PINs (main refuses other channels from its route too).
 */
export const printPageBridgeNames: BridgeNames = {
  channels: `^(?:${labelPrintPage.channels.map((name) => name.replace(/[^a-z:]/g, '\\$&')).join('|')})$`,
  events: [],
};

/** The hidden discrepancy report page (issue #15): its two channels, no events, as the print page. */
export const reportPageBridgeNames: BridgeNames = {
  channels: `^(?:${receiveReportPage.channels.map((name) => name.replace(/[^a-z:]/g, '\\$&')).join('|')})$`,
  events: [],
};

/**
 * The names for a page at `url`: the print page's when it was opened on the print route, and
 * the print page's too (the fewer) when the address cannot be read.
 */
export function bridgeNamesFor(url: string): BridgeNames {
  if (!URL.canParse(url)) return printPageBridgeNames;
  if (new URL(url).hash.startsWith(receiveReportPage.hashPrefix)) return reportPageBridgeNames;
  return new URL(url).hash.startsWith(labelPrintPage.hashPrefix) ? printPageBridgeNames : appBridgeNames;
}
