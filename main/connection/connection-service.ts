import { createHash, timingSafeEqual } from 'node:crypto';
import { resolveBaseUrl } from '../dealpos/base-url.ts';
import { createDealposClient, type DealposClient } from '../dealpos/client.ts';
import type { DealposCredentials, RequestLogLine } from '../dealpos/http.ts';
import { type GovernorState, RateGovernor } from '../dealpos/rate-governor.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { SecretVault } from '../settings/secret-vault.ts';
import type { SettingsRepository } from '../settings/settings-repository.ts';
import type {
  ChooseOutletInput,
  ConnectionTestResult,
  ConnectionView,
  CredentialsInput,
  SaveConnectionInput,
  ConnectionStartProblem as StartProblem,
} from './shell-channels.ts';

/** A running demo store (the simulator on 127.0.0.1). */
export interface DemoStore {
  baseUrl: string;
  credentials: DealposCredentials;
  close(): Promise<void>;
}

export interface ConnectionServiceOptions {
  settings: SettingsRepository;
  vault: SecretVault;
  /** Starts the seeded simulator for demo mode. */
  startDemo(): Promise<DemoStore>;
  /** Request log lines (no secrets in them), for the app log. */
  log?(line: RequestLogLine): void;
  /**
   * Simulators on this PC the admin may connect to besides DealPOS's own hosts: a test's
   * simulator, a developer's (DEALPOS_SIM_URL). None in the packaged app. The demo store is
   * allowed on its own once started.
   */
  localStores?: readonly string[];
  /** Makes the request governor of an account (tests count them). */
  newGovernor?(): RateGovernor;
}

interface Active {
  mode: 'live' | 'demo';
  host: string;
  clientId: string;
  client: DealposClient;
  governor: RateGovernor;
  /** Kept for the store check, which makes its own counted requests (main process only). */
  credentials: DealposCredentials;
  /** Whether the secret is kept across restarts (false when the OS cannot encrypt it). */
  secretKept: boolean;
}

/** A tested connection waiting to be saved: its client, token and governor are reused by save(). */
interface Tested {
  input: CredentialsInput;
  client: DealposClient;
  governor: RateGovernor;
}

const notConnected = () =>
  new ServiceError(
    'not-connected',
    'The app is not connected to DealPOS yet. Connect or try the demo first.',
  );

/**
 * Owns the DealPOS connection of this counter: the credentials (kept through the vault), the
 * client, and the account's one request governor. The page sees only `view()`.
 */
export class ConnectionService {
  readonly #options: ConnectionServiceOptions;
  readonly #changeListeners = new Set<(view: ConnectionView) => void>();
  readonly #quotaListeners = new Set<(state: GovernorState) => void>();
  #active: Active | null = null;
  #unsubscribeQuota: (() => void) | null = null;
  #demo: DemoStore | null = null;
  #online = true;
  /** The client of the last successful test, reused by save() so its token is not fetched twice. */
  #tested: Tested | null = null;
  /** Why the saved connection was not restored at start-up; cleared by the next connect. */
  #startProblem: StartProblem | null = null;

  constructor(options: ConnectionServiceOptions) {
    this.#options = options;
  }

  /**
   * Whether `secret` is the Client Secret of the live store connected now (compared as digests,
   * in constant time). The proof an admin gives where the page must not be enough on its own.
   */
  secretMatches(secret: string): boolean {
    const active = this.#active;
    if (active?.mode !== 'live') return false;
    const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
    return timingSafeEqual(digest(secret), digest(active.credentials.clientSecret));
  }

  view(): ConnectionView {
    const { outlet } = this.#options.settings.get();
    const active = this.#active;
    return {
      mode: active?.mode ?? 'none',
      host: active?.mode === 'live' ? active.host : null,
      clientId: active?.mode === 'live' ? active.clientId : null,
      secretSet: active !== null,
      outlet: active ? outlet : null,
      online: this.#online,
      ...(this.#startProblem ? { startProblem: this.#startProblem } : {}),
    };
  }

  /** The client of the connected account; throws `not-connected` before one is set up. */
  client(): DealposClient {
    if (!this.#active) throw notConnected();
    return this.#active.client;
  }

  /**
   * What the store check needs to send its own requests through the account's one governor:
   * the address, the credentials and the governor. Main process only; never send it to a page.
   */
  storeAccess(): {
    mode: 'live' | 'demo';
    host: string;
    localStores: readonly string[];
    credentials: DealposCredentials;
    governor: RateGovernor;
  } {
    if (!this.#active) throw notConnected();
    const { mode, host, credentials, governor } = this.#active;
    return { mode, host, localStores: this.#localStores(), credentials, governor };
  }

  quota(): GovernorState {
    if (!this.#active) throw notConnected();
    return this.#active.governor.state;
  }

  onChange(listener: (view: ConnectionView) => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  onQuota(listener: (state: GovernorState) => void): () => void {
    this.#quotaListeners.add(listener);
    return () => this.#quotaListeners.delete(listener);
  }

  /**
   * At start-up: reconnects to what was saved, without a request until one is needed. Never
   * throws: settings that cannot be read or a saved connection that cannot be used (an address
   * an older version accepted, a demo store that will not start) start the app not connected,
   * and `view().startProblem` says why.
   */
  async restore(): Promise<void> {
    if (this.#options.settings.problem() === 'unreadable') this.#startProblem = 'settings-unreadable';
    const { connection } = this.#options.settings.get();
    try {
      if (connection.mode === 'demo') {
        await this.#connectDemo();
      } else if (connection.mode === 'live') {
        // Checked before the keyring is asked: an address the app refuses is said so either way.
        this.#baseUrlOf(connection.host);
        if (!connection.secret) return;
        const secret = await this.#options.vault.decrypt(connection.secret.data).catch(() => null);
        // A secret the keyring can no longer open (new OS user, wiped keyring) means connecting again.
        if (secret !== null) {
          this.#activate(
            'live',
            { host: connection.host, clientId: connection.clientId, clientSecret: secret },
            true,
          );
        }
      }
    } catch {
      this.#deactivate();
      this.#startProblem = 'saved-connection-unusable';
    }
  }

  /** Checks host and credentials: a token, then the outlet list (which the next step needs anyway). */
  async test(input: CredentialsInput): Promise<ConnectionTestResult> {
    const baseUrl = this.#baseUrlOf(input.host);
    // A store tried and not saved gets a governor of its own that ends with the try: only the
    // connected account's governor lives on.
    const active = this.#active;
    const governor = active?.client.baseUrl.href === baseUrl.href ? active.governor : this.#newGovernor();
    const client = this.#clientFor(input, governor);
    try {
      await client.authenticate();
      const outlets = await client.outlets.list();
      const previous = this.#tested;
      this.#tested = { input, client, governor };
      if (previous) this.#release(previous.governor);
      return { outlets };
    } catch (error) {
      this.#release(governor);
      throw error;
    }
  }

  /** Keeps the credentials (the secret encrypted) and makes them the counter's connection. */
  async save(input: SaveConnectionInput): Promise<ConnectionView> {
    // Refused before anything is written: a saved address the app refuses would come back at
    // every start. Never the demo store's address, which closes below.
    resolveBaseUrl(input.host, this.#options.localStores);
    const protection = await this.#options.vault.protection();
    if (protection === 'weak' && !input.allowWeakEncryption) {
      throw new ServiceError(
        'weak-encryption',
        'This computer has no system keyring, so the secret can only be hidden, not encrypted. Confirm to store it anyway.',
      );
    }
    const secret =
      protection === 'unavailable'
        ? undefined
        : { protection, data: await this.#options.vault.encrypt(input.clientSecret) };
    await this.#closeDemo();
    this.#options.settings.update((current) => ({
      ...current,
      connection: { mode: 'live', host: input.host, clientId: input.clientId, ...(secret ? { secret } : {}) },
      outlet: null,
    }));
    this.#activate('live', input, secret !== undefined);
    this.#startProblem = null;
    return this.#changed();
  }

  chooseOutlet(input: ChooseOutletInput): ConnectionView {
    if (!this.#active) throw notConnected();
    this.#options.settings.update((current) => ({
      ...current,
      outlet: { id: input.outletId, name: input.outletName },
    }));
    return this.#changed();
  }

  /** Starts the seeded demo store on this PC and connects to it, at its first outlet. */
  async startDemo(): Promise<ConnectionView> {
    await this.#connectDemo();
    this.#startProblem = null;
    const [first] = await this.client().outlets.list();
    this.#options.settings.update((current) => ({
      ...current,
      connection: { mode: 'demo' },
      outlet: first ? { id: first.id, name: first.name } : null,
    }));
    return this.#changed();
  }

  /** Forgets the connection and its secret. */
  async disconnect(): Promise<ConnectionView> {
    this.#deactivate();
    await this.#closeDemo();
    this.#options.settings.update((current) => ({ ...current, connection: { mode: 'none' }, outlet: null }));
    return this.#changed();
  }

  async close(): Promise<void> {
    const tested = this.#tested;
    this.#tested = null;
    if (tested) this.#release(tested.governor);
    this.#deactivate();
    await this.#closeDemo();
  }

  async #connectDemo(): Promise<void> {
    this.#demo ??= await this.#options.startDemo();
    const { baseUrl, credentials } = this.#demo;
    this.#activate('demo', { host: baseUrl, ...credentials }, true);
  }

  async #closeDemo(): Promise<void> {
    const demo = this.#demo;
    this.#demo = null;
    await demo?.close();
  }

  /** DealPOS's hosts, the demo store once started, and the local stores this app was given. */
  #localStores(): readonly string[] {
    const demo = this.#demo?.baseUrl;
    return [...(this.#options.localStores ?? []), ...(demo ? [demo] : [])];
  }

  /** The API address of `host`; a `config` DealposError, before any request, for one the app refuses. */
  #baseUrlOf(host: string): URL {
    return resolveBaseUrl(host, this.#localStores());
  }

  #newGovernor(): RateGovernor {
    return this.#options.newGovernor?.() ?? new RateGovernor();
  }

  /** Closes a governor no longer anyone's: not the connected account's, not the tested one's. */
  #release(governor: RateGovernor): void {
    if (governor !== this.#active?.governor && governor !== this.#tested?.governor) governor.close();
  }

  #clientFor(input: CredentialsInput, governor: RateGovernor): DealposClient {
    return createDealposClient({
      host: input.host,
      localStores: this.#localStores(),
      credentials: { clientId: input.clientId, clientSecret: input.clientSecret },
      governor,
      log: (line) => this.#observe(line),
    });
  }

  #activate(mode: 'live' | 'demo', input: CredentialsInput, secretKept: boolean): void {
    const baseUrl = this.#baseUrlOf(input.host);
    const previous = this.#active;
    const tested = this.#tested;
    this.#tested = null;
    const sameAsTested =
      tested !== null &&
      tested.input.host === input.host &&
      tested.input.clientId === input.clientId &&
      tested.input.clientSecret === input.clientSecret;
    // The quota belongs to the account: reconnecting to the same one keeps what its governor learnt.
    const governor = sameAsTested
      ? tested.governor
      : previous?.client.baseUrl.href === baseUrl.href
        ? previous.governor
        : this.#newGovernor();
    const client = sameAsTested ? tested.client : this.#clientFor(input, governor);
    this.#unsubscribeQuota?.();
    this.#unsubscribeQuota = null;
    const credentials = { clientId: input.clientId, clientSecret: input.clientSecret };
    this.#active = {
      mode,
      host: input.host,
      clientId: input.clientId,
      client,
      governor,
      credentials,
      secretKept,
    };
    this.#unsubscribeQuota = governor.subscribe((state) => {
      for (const listener of this.#quotaListeners) listener(state);
    });
    if (previous) this.#release(previous.governor);
    if (tested) this.#release(tested.governor);
  }

  /** Drops the connected account; its governor is closed unless a tested connection shares it. */
  #deactivate(): void {
    this.#unsubscribeQuota?.();
    this.#unsubscribeQuota = null;
    const active = this.#active;
    this.#active = null;
    if (active) this.#release(active.governor);
  }

  #observe(line: RequestLogLine): void {
    this.#options.log?.(line);
    const online = line.outcome !== 'network' && line.outcome !== 'timeout';
    if (online !== this.#online) {
      this.#online = online;
      this.#changed();
    }
  }

  #changed(): ConnectionView {
    const view = this.view();
    for (const listener of this.#changeListeners) listener(view);
    return view;
  }
}
