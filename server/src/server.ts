// The language server's entry point. `createConnection` picks the transport from the command
// line (--stdio, --node-ipc, --socket=N), so any LSP client can start it.
import {
  createConnection, LSPErrorCodes, ProposedFeatures, StreamMessageReader, StreamMessageWriter,
  type Connection, type ConnectionStrategy, type RequestMessage,
} from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/session';

// A request the client cancels while it still waits in the queue (behind a large edit, say) is
// answered at once and never computed: hover and completion move on with the cursor.
const options: ConnectionStrategy = {
  cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it ran' } }),
};

startLanguageServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, options));

/**
 * Over stdio the messages are framed by `Content-Length` headers. A frame the reader cannot make sense
 * of (no or a non-numeric length, a length that cuts a message or runs into the next, so the body is
 * not JSON) leaves the stream out of step for good: every later message would be misread, and the
 * server would live on without answering. So it logs why and exits with code 1, and the client, which
 * sees its server die, restarts it (vscode-languageclient does, up to its restart limit).
 */
function stdioConnection(): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  const connection = createConnection(ProposedFeatures.all, reader, writer, options);
  let shutdown = false;
  let closing = false;
  connection.onShutdown(() => { shutdown = true; });
  const close = (why: string) => {
    if (closing) return;
    closing = true;
    const message = `skillgap: closing the connection: ${why}`;
    process.stderr.write(`${message}\n`);
    connection.console.error(message);
    reader.dispose();
    // The writer queues its writes: exit once they (the log message) have reached stdout.
    setImmediate(() => process.stdout.write('', () => process.exit(1)));
  };
  reader.onError((error) => close(`malformed message from the client (${error.message.split('\n')[0]})`));
  // A length longer than what the client sends leaves the reader waiting for bytes that never come.
  reader.onPartialMessage((info) => close(`the client sent part of a message and nothing for ${info.waitingTime} ms (a wrong Content-Length?)`));
  // As the library does for a stream it is given: the client going away ends the server.
  reader.onClose(() => process.exit(shutdown ? 0 : 1));
  return connection;
}
