// Starts the bundled language server (dist/server.js) over node IPC.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

export const languageId = 'skills-yaml';
export const skillsFileGlob = '**/*.skills.{yaml,yml}';

/** The server stopped without being asked to (it crashed or was killed); `restarting`: the client starts it again. */
export interface ServerCrash { restarting: boolean }

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, onCrash: (crash: ServerCrash) => void): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The patterns as well as the language id: a user may have re-associated the files with plain YAML.
    documentSelector: [
      { language: languageId },
      { scheme: 'file', pattern: '**/*.skills.yaml' },
      { scheme: 'file', pattern: '**/*.skills.yml' },
    ],
    synchronize: {
      configurationSection: 'skillgap',
      fileEvents: vscode.workspace.createFileSystemWatcher(skillsFileGlob),
    },
    initializationOptions: initializationOptions(),
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: {
      error: (error, message, count) => restartPolicy!.error(error, message, count),
      closed: async () => {
        const result = await restartPolicy!.closed();
        const restarting = result.action === CloseAction.Restart;
        onCrash({ restarting });
        // The status bar tells the user about a restart (nothing for them to do): no pop-up for it.
        return restarting ? { ...result, handled: true } : result;
      },
    },
  };
  // vscode-languageclient's own policy (restart up to 4 times in 3 minutes), observed rather than replaced.
  let restartPolicy: ErrorHandler | undefined;
  const client = new LanguageClient('skillgap', 'Skillgap', serverOptions, clientOptions);
  restartPolicy = client.createDefaultErrorHandler();
  return client;
}

/** Read once at start: the server re-reads `skillgap` through workspace/configuration afterwards. */
function initializationOptions(): { maxFileSize: number; extraCatalogs: string[] } {
  const config = vscode.workspace.getConfiguration('skillgap');
  const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const catalogs = config.get<string[]>('catalogs', []);
  return {
    maxFileSize: config.get<number>('maxFileSize', 5_000_000),
    // The server runs with its own working directory: hand it absolute paths.
    extraCatalogs: catalogs.map((p) => (path.isAbsolute(p) || !base ? p : path.join(base, p))),
  };
}
