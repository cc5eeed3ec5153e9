/**
 * An answer DealPOS gives instead of data. Thrown by handlers and turned into the reply by the
 * server's error handler, so a handler reads as the happy path plus its refusals.
 */
export class DealposError extends Error {
  readonly status: number;
  /** The JSON body; undefined sends no body at all (DealPOS's 404). */
  readonly body: unknown;

  constructor(status: number, body: unknown) {
    super(
      typeof body === 'object' && body !== null && 'Message' in body
        ? String(body.Message)
        : `HTTP ${status}`,
    );
    this.status = status;
    this.body = body;
  }
}

/** 400: DealPOS's answer for bad input and for records that do not exist. */
export function badRequest(message: string): DealposError {
  return new DealposError(400, { Message: message });
}

/** 409: the record exists but its state forbids the change. */
export function conflict(message: string): DealposError {
  return new DealposError(409, { Message: message });
}

export function notInDatabase(what: string): DealposError {
  return badRequest(`${what} does not exist in Database`);
}

/** The body ASP.NET Web API gives for an unhandled exception (README, Errors table). */
export function serverErrorBody(exceptionMessage: string, exceptionType = 'System.Exception') {
  return {
    Message: 'An error has occurred.',
    ExceptionMessage: exceptionMessage,
    ExceptionType: exceptionType,
    StackTrace: null,
  };
}
