// Starts the bundled language server (dist/server.js) over node IPC.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_SIZE, SETTINGS_SECTION, type SkillgapSettings } from '../../server/src/protocol/settings';
import { isSkillsFile, SKILLS_FILE_GLOBS } from '../../server/src/protocol/skills-files';
import {
  CloseAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';

const languageId = 'skills-yaml';

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
      ...SKILLS_FILE_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    // The server registers its own file watchers (skills files, and the catalogs named in the settings,
    // also outside the workspace), so the client adds none.
    synchronize: { configurationSection: SETTINGS_SECTION },
    // Every skills file's problems in the Problems panel, open or not: the server answers workspace
    // diagnostics (vscode-languageclient pulls them by itself when the server says workspaceDiagnostics);
    // open files are pulled as they change and when saved, and files in tabs not yet opened are pulled too.
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      onTabs: true,
      match: (_selector, resource) => isSkillsFile(resource.path),
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
        // The language status tells the user about a restart (nothing for them to do): no pop-up for it.
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

/**
 * Read once at start: the server re-reads the section through workspace/configuration afterwards.
 * Relative catalog paths are sent as written: the server resolves them against the first workspace folder.
 */
function initializationOptions(): Pick<SkillgapSettings, 'maxFileSize' | 'catalogs'> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    maxFileSize: config.get<number>('maxFileSize', DEFAULT_MAX_FILE_SIZE),
    catalogs: config.get<string[]>('catalogs', []),
  };
}
