// The language server's entry point. `createConnection` picks the transport from the command
// line (--stdio, --node-ipc, --socket=N), so any LSP client can start it.
import { createConnection, LSPErrorCodes, ProposedFeatures, type RequestMessage } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/session';

// A request the client cancels while it still waits in the queue (behind a large edit, say) is
// answered at once and never computed: hover and completion move on with the cursor.
startLanguageServer(createConnection(ProposedFeatures.all, {
  cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it ran' } }),
}));
