import { strToU8, zipSync } from 'fflate';
import type { GovernorState } from '../dealpos/rate-governor.ts';
import { redact } from '../logging/redact.ts';
import type { Settings } from '../settings/settings-repository.ts';
import type { StoreCheckReportFile } from '../store-check/store-check-channels.ts';
import type { SaveBundleInput } from './support-channels.ts';
import type { LogFile, SystemInfo } from './support-port.ts';

/** Everything a bundle is made of, gathered by the handler. */
export interface BundleSources {
  now: number;
  system: SystemInfo;
  settings: Settings;
  catalog: SaveBundleInput['catalog'];
  quota: GovernorState;
  storeCheck: StoreCheckReportFile | null;
  logs: LogFile[];
}

export interface BundleFile {
  name: string;
  text: string;
}

/** The settings as support may see them: the connection's address and mode, never its secret. */
export function settingsWithoutSecrets(settings: Settings) {
  const { connection } = settings;
  return {
    language: settings.language,
    outlet: settings.outlet,
    connection:
      connection.mode === 'live'
        ? {
            mode: 'live',
            host: connection.host,
            clientId: connection.clientId,
            secretSaved: connection.secret !== undefined,
            secretProtection: connection.secret?.protection ?? null,
          }
        : { mode: connection.mode },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The bundle's files, every one passed through the log's redaction once more on the way out. */
export function supportBundleFiles(sources: BundleSources): BundleFile[] {
  const { catalog, quota } = sources;
  const files: BundleFile[] = [
    {
      name: 'README.txt',
      text: [
        `DealPOS Companion support bundle, made ${iso(sources.now)}.`,
        'app.json and system.json: the versions; settings.json: without any secret;',
        'catalog.json: the catalog on this PC; quota.json: the DealPOS request budget;',
        'store-check.json: the last store check (field names and types only); logs/: the log files.',
        'No password, token, PIN or customer data is in this bundle.',
        '',
      ].join('\n'),
    },
    { name: 'app.json', text: json(sources.system.app) },
    { name: 'system.json', text: json(sources.system.os) },
    { name: 'settings.json', text: json(settingsWithoutSecrets(sources.settings)) },
    {
      name: 'catalog.json',
      text: json({
        items: catalog.items,
        completedAt: iso(catalog.completedAt),
        ageHours:
          catalog.completedAt === null
            ? null
            : Math.round(((sources.now - catalog.completedAt) / 3_600_000) * 10) / 10,
        unfinished: catalog.unfinished,
      }),
    },
    {
      name: 'quota.json',
      text: json({ ...quota, nextSlotAt: iso(quota.nextSlotAt), blockedUntil: iso(quota.blockedUntil) }),
    },
    {
      name: 'store-check.json',
      text: sources.storeCheck
        ? sources.storeCheck.json
        : json({ note: 'No store check was run since the app started.' }),
    },
    ...sources.logs.map((log) => ({ name: `logs/${log.name}`, text: log.text })),
  ];
  return files.map((file) => ({ name: file.name, text: redact(file.text) }));
}

/** The files as one zip (what a shop emails to support). */
export function zipBundle(files: BundleFile[], now: number): Uint8Array {
  const mtime = new Date(now);
  return zipSync(Object.fromEntries(files.map((file) => [file.name, [strToU8(file.text), { mtime }]])), {
    level: 6,
  });
}

/** "dealpos-support-2026-12-02-1405.zip" in UTC. */
export function bundleFileName(now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `dealpos-support-${stamp}.zip`;
}
