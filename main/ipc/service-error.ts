import type { IpcError } from './channel.ts';

/** A refusal of the app's own (not DealPOS's), with a message for the person at the counter. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  readonly kind: Exclude<IpcError['kind'], 'internal'>;

  constructor(kind: ServiceError['kind'], message: string) {
    super(message);
    this.kind = kind;
  }
}
