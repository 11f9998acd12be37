// Every handler runs inside a guard: a bug in one feature must cost one answer, never the server.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type RemoteConsole } from 'vscode-languageserver/node';

/** Errors a handler raises on purpose (bad params, unknown role…): sent as-is, not logged as bugs. */
export class RequestFailure extends Error {
  constructor(message: string, readonly code: number = ErrorCodes.InvalidParams) {
    super(message);
  }
}

export function guardRequest<P, R>(
  console: RemoteConsole,
  name: string,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<never>> {
  return async (params, token) => {
    // Handlers compute synchronously, so a cancellation can only be seen before they start (or after an await).
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<never>;
      if (error instanceof RequestFailure) return new ResponseError<never>(error.code, error.message);
      console.error(`skillgap: ${name} failed: ${describeError(error)}`);
      return new ResponseError<never>(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function cancelled(): ResponseError<never> {
  return new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export function guardNotification<P>(console: RemoteConsole, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result) result.catch((error: unknown) => console.error(`skillgap: ${name} failed: ${describeError(error)}`));
    } catch (error) {
      console.error(`skillgap: ${name} failed: ${describeError(error)}`);
    }
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** For handlers that yield while they work (workspace diagnostics): stop at the next step once the client gives up. */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw cancelled();
}
