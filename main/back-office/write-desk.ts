import type { ActivityLog } from './activity-log.ts';
import type { ActivityEntry, BackOfficeAction, WriteOutcome } from './back-office-channels.ts';
import { writeFailure } from './write-outcome.ts';

/** What a write is about, for the log. */
export interface WriteSubject {
  action: BackOfficeAction;
  outlet: string | null;
  document: string;
  detail: string;
}

export interface WriteDeskOptions {
  log: ActivityLog;
  /** Epoch ms. */
  now(): number;
  /** The outlet this counter works for. */
  counterOutlet(): string | null;
  /** Every write ends as one entry; the desk's owner may keep its own view of them too. */
  onEntry?(entry: ActivityEntry): void;
  /** The app log (never a note, a price list or a secret: only the action, document and result). */
  appLog(message: string): void;
}

/**
 * Runs one write, once, and writes down how it ended. The DealPOS client never retries a write
 * (main/dealpos/http.ts), and neither does the desk: a write without a clear answer is reported
 * as uncertain, for the person to check in DealPOS.
 */
export class WriteDesk {
  readonly #options: WriteDeskOptions;

  constructor(options: WriteDeskOptions) {
    this.#options = options;
  }

  /** `write` resolves to DealPOS's message, or null when DealPOS answered with data rather than words. */
  async run(subject: WriteSubject, write: () => Promise<string | null>): Promise<WriteOutcome> {
    let outcome: WriteOutcome;
    try {
      const dealposMessage = await write();
      outcome = { result: 'done', at: this.#options.now(), dealposMessage };
    } catch (error) {
      outcome = { ...writeFailure(error), at: this.#options.now() };
    }
    const entry: ActivityEntry = {
      at: outcome.at,
      counterOutlet: this.#options.counterOutlet(),
      ...subject,
      result: outcome.result,
      message:
        outcome.result === 'done'
          ? (outcome.dealposMessage ?? 'Done')
          : (outcome.error.dealposMessage ?? outcome.error.message),
    };
    this.#options.log.append(entry);
    this.#options.onEntry?.(entry);
    this.#options.appLog(`back-office ${subject.action} ${subject.document}: ${outcome.result}`);
    return outcome;
  }
}
