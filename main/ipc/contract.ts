/**
 * The one IPC contract between the main process and the page: channel names, what each takes
 * (zod schemas, checked in main before any handler runs) and returns (types the page trusts),
 * and the events main pushes. The preload exposes one function per channel from `bridgeMethods`;
 * the end-to-end harness implements the same bridge over the same handlers.
 *
 * The page imports only types from here (and the preload only names); nothing here imports electron.
 */
import { z } from 'zod';
import type { DealposErrorKind } from '../dealpos/errors.ts';
import type { GovernorState } from '../dealpos/rate-governor.ts';
import type { Outlet } from '../dealpos/schemas/store.ts';

export type { GovernorState, Outlet };

// ---- inputs -------------------------------------------------------------------------------

const text = (max: number) => z.string().trim().min(1).max(max);

export const languageSchema = z.enum(['en', 'id']);
export type Language = z.infer<typeof languageSchema>;

/** What the Connect screen sends. The secret travels page -> main only, never back. */
export const credentialsInput = z
  .object({
    host: text(200),
    clientId: text(100),
    clientSecret: text(200),
  })
  .strict();
export type CredentialsInput = z.infer<typeof credentialsInput>;

export const saveConnectionInput = credentialsInput
  .extend({
    /** The admin agreed to keep the secret where the OS offers no real encryption (Linux without a keyring). */
    allowWeakEncryption: z.boolean().optional(),
  })
  .strict();
export type SaveConnectionInput = z.infer<typeof saveConnectionInput>;

export const chooseOutletInput = z.object({ outletId: text(100), outletName: text(200) }).strict();
export type ChooseOutletInput = z.infer<typeof chooseOutletInput>;

export const setLanguageInput = z.object({ language: languageSchema }).strict();

const none = z.undefined();

// ---- outputs ------------------------------------------------------------------------------

/** How the secret would be or is kept on this PC. `weak` is Linux's basic_text: obfuscated, not encrypted. */
export type SecretProtection = 'os' | 'weak' | 'unavailable';

export interface AppInfo {
  version: string;
  /** The OS locale, e.g. "id-ID", used when no language was chosen. */
  osLocale: string;
  secretProtection: SecretProtection;
}

export interface SettingsView {
  /** The language the user chose, or null to follow the OS. */
  language: Language | null;
}

export type ConnectionMode = 'none' | 'live' | 'demo';

/** What the page may know about the connection: never the secret, only whether one is set. */
export interface ConnectionView {
  mode: ConnectionMode;
  host: string | null;
  clientId: string | null;
  secretSet: boolean;
  outlet: { id: string; name: string } | null;
  /** False after the last DealPOS request failed for want of a network. */
  online: boolean;
}

export interface ConnectionTestResult {
  outlets: Outlet[];
}

/** Every way an IPC call can fail, as plain data. */
export interface IpcError {
  kind:
    | DealposErrorKind
    | 'invalid-input'
    | 'untrusted-sender'
    | 'not-connected'
    | 'weak-encryption'
    | 'internal';
  message: string;
  /** DealPOS's own text, when the failure came from DealPOS. */
  dealposMessage?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---- channels -----------------------------------------------------------------------------

const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

export const invokeChannels = {
  'app:info': channel<AppInfo>()(none),
  'settings:get': channel<SettingsView>()(none),
  'settings:set-language': channel<SettingsView>()(setLanguageInput),
  'connection:get': channel<ConnectionView>()(none),
  'connection:test': channel<ConnectionTestResult>()(credentialsInput),
  'connection:save': channel<ConnectionView>()(saveConnectionInput),
  'connection:choose-outlet': channel<ConnectionView>()(chooseOutletInput),
  'connection:start-demo': channel<ConnectionView>()(none),
  'connection:disconnect': channel<ConnectionView>()(none),
  'outlets:list': channel<Outlet[]>()(none),
  'quota:get': channel<GovernorState>()(none),
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InputOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['input']>;
export type ParsedInputOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['input']>;
export type OutputOf<C extends InvokeChannel> = (typeof invokeChannels)[C]['output'];

/** Events main pushes to the page. */
export interface EventPayloads {
  'quota:changed': GovernorState;
  'connection:changed': ConnectionView;
}
export type EventChannel = keyof EventPayloads;
export const eventChannels: readonly EventChannel[] = ['quota:changed', 'connection:changed'];

/** The page's name for each channel: one bridge function per channel. */
export const bridgeMethods = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  getConnection: 'connection:get',
  testConnection: 'connection:test',
  saveConnection: 'connection:save',
  chooseOutlet: 'connection:choose-outlet',
  startDemo: 'connection:start-demo',
  disconnect: 'connection:disconnect',
  listOutlets: 'outlets:list',
  getQuota: 'quota:get',
} as const satisfies Record<string, InvokeChannel>;

// The compiler refuses a channel that has no bridge function.
type Unbridged = Exclude<InvokeChannel, (typeof bridgeMethods)[keyof typeof bridgeMethods]>;
const everyChannelBridged: [Unbridged] extends [never] ? true : never = true;
void everyChannelBridged;

type BridgeFunction<C extends InvokeChannel> =
  undefined extends InputOf<C>
    ? (input?: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;

/** What `window.dealpos` is in the page. */
export type DealposBridge = {
  [M in keyof typeof bridgeMethods]: BridgeFunction<(typeof bridgeMethods)[M]>;
} & {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
