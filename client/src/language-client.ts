// Starts the bundled language server (dist/server.js) over node IPC.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const languageId = 'skills-yaml';
export const skillsFileGlob = '**/*.skills.{yaml,yml}';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
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
  };
  return new LanguageClient('skillgap', 'Skillgap', serverOptions, clientOptions);
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
