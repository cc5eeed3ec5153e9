/** Thrown instead of sending a request the check did not announce (a retry, a token refresh). */
export class UnannouncedRequest extends Error {
  override readonly name = 'UnannouncedRequest';
  constructor() {
    super('The store check sends no request beyond the ones it announced.');
  }
}

/** The last answer on the wire: its status and its JSON (undefined when it was not JSON). */
export interface WireAnswer {
  status: number;
  body: unknown;
}

type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * The check's own fetch, under the governor: each read may send one request, and a second one
 * (ky's retry of a 5xx, a token refresh after a 401, a resend after a 429) is refused before it
 * leaves, so the check never spends more than it announced. It also keeps the last answer's
 * body, since the DealPOS client hands back only what its schemas made of it.
 */
export class CountedWire {
  readonly #fetch: Fetch;
  readonly #limit: number;
  #spent = 0;
  #allowance = 0;
  #last: WireAnswer | null = null;

  constructor(limit: number, send: Fetch = (request, init) => globalThis.fetch(request, init)) {
    this.#limit = limit;
    this.#fetch = send;
  }

  get spent(): number {
    return this.#spent;
  }

  /** The answer of the current read's request; null when it sent none or got no answer. */
  get last(): WireAnswer | null {
    return this.#last;
  }

  /** Lets the next read send one request (while the announced total lasts). */
  allowOne(): void {
    this.#allowance = this.#spent < this.#limit ? 1 : 0;
    this.#last = null;
  }

  readonly fetch: Fetch = async (request, init) => {
    if (this.#allowance < 1) throw new UnannouncedRequest();
    this.#allowance--;
    this.#spent++;
    const response = await this.#fetch(request, init);
    const text = await response
      .clone()
      .text()
      .catch(() => '');
    this.#last = { status: response.status, body: parseJson(text) };
    return response;
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
