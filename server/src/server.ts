// The language server's entry point. `createConnection` picks the transport from the command
// line (--stdio, --node-ipc, --socket=N), so any LSP client can start it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './lsp/session';

startLanguageServer(createConnection(ProposedFeatures.all));
