import { resolveBaseUrl } from '../dealpos/base-url.ts';
import { createDealposClient, type DealposClient } from '../dealpos/client.ts';
import type { DealposCredentials, RequestLogLine } from '../dealpos/http.ts';
import { type GovernorState, RateGovernor } from '../dealpos/rate-governor.ts';
import type {
  ChooseOutletInput,
  ConnectionTestResult,
  ConnectionView,
  CredentialsInput,
  SaveConnectionInput,
} from '../ipc/contract.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { SecretVault } from '../settings/secret-vault.ts';
import type { SettingsRepository } from '../settings/settings-repository.ts';

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
  /** One governor per DealPOS account (base URL): the quota belongs to the account, not the client object. */
  readonly #governors = new Map<string, RateGovernor>();
  readonly #changeListeners = new Set<(view: ConnectionView) => void>();
  readonly #quotaListeners = new Set<(state: GovernorState) => void>();
  #active: Active | null = null;
  #unsubscribeQuota: (() => void) | null = null;
  #demo: DemoStore | null = null;
  #online = true;
  /** The client of the last successful test, reused by save() so its token is not fetched twice. */
  #tested: { input: CredentialsInput; client: DealposClient } | null = null;

  constructor(options: ConnectionServiceOptions) {
    this.#options = options;
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
    credentials: DealposCredentials;
    governor: RateGovernor;
  } {
    if (!this.#active) throw notConnected();
    const { mode, host, credentials, governor } = this.#active;
    return { mode, host, credentials, governor };
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

  /** At start-up: reconnects to what was saved, without a request until one is needed. */
  async restore(): Promise<void> {
    const { connection } = this.#options.settings.get();
    if (connection.mode === 'demo') {
      await this.#connectDemo();
    } else if (connection.mode === 'live' && connection.secret) {
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
  }

  /** Checks host and credentials: a token, then the outlet list (which the next step needs anyway). */
  async test(input: CredentialsInput): Promise<ConnectionTestResult> {
    const client = this.#clientFor(input);
    await client.authenticate();
    const outlets = await client.outlets.list();
    this.#tested = { input, client };
    return { outlets };
  }

  /** Keeps the credentials (the secret encrypted) and makes them the counter's connection. */
  async save(input: SaveConnectionInput): Promise<ConnectionView> {
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
    this.#deactivate();
    for (const governor of this.#governors.values()) governor.close();
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

  #governorFor(baseUrl: string): RateGovernor {
    let governor = this.#governors.get(baseUrl);
    if (!governor) {
      governor = new RateGovernor();
      this.#governors.set(baseUrl, governor);
    }
    return governor;
  }

  #clientFor(input: CredentialsInput): DealposClient {
    return createDealposClient({
      host: input.host,
      credentials: { clientId: input.clientId, clientSecret: input.clientSecret },
      // resolveBaseUrl refuses a bad host before any governor is made for it.
      governor: this.#governorFor(resolveBaseUrl(input.host).href),
      log: (line) => this.#observe(line),
    });
  }

  #activate(mode: 'live' | 'demo', input: CredentialsInput, secretKept: boolean): void {
    this.#deactivate();
    const tested = this.#tested;
    this.#tested = null;
    const sameAsTested =
      tested !== null &&
      tested.input.host === input.host &&
      tested.input.clientId === input.clientId &&
      tested.input.clientSecret === input.clientSecret;
    const client = sameAsTested ? tested.client : this.#clientFor(input);
    const governor = this.#governorFor(client.baseUrl.href);
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
  }

  #deactivate(): void {
    this.#unsubscribeQuota?.();
    this.#unsubscribeQuota = null;
    this.#active = null;
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
