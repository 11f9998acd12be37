// The language status items of skills files (the `{}` beside "Skills YAML" in the status bar): whether
// the language server runs — with Restart — and what its index holds — with the output. Shown for
// skills files only, as VS Code's own languages do, not in every editor.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { IndexStatusNotification, type IndexStatus } from '../../server/src/protocol/requests';
import { SKILLS_FILE_GLOBS } from '../../server/src/protocol/skills-files';
import type { ServerCrash } from './language-client';

export const showOutputCommand = 'skillgap.showOutput';
export const restartCommand = 'skillgap.restartServer';

type ServerState = 'starting' | 'running' | 'error';

const SELECTOR: vscode.DocumentSelector = [{ language: 'skills-yaml' }, ...SKILLS_FILE_GLOBS.map((pattern) => ({ scheme: 'file', pattern }))];

const TEXTS: Record<ServerState, string> = {
  starting: '$(sync~spin) Skillgap',
  running: '$(check) Skillgap',
  error: '$(error) Skillgap',
};

export class LanguageStatus implements vscode.Disposable {
  readonly server = vscode.languages.createLanguageStatusItem('skillgap.server', SELECTOR);
  readonly index = vscode.languages.createLanguageStatusItem('skillgap.index', SELECTOR);
  private readonly subscriptions: vscode.Disposable[];
  /** Unexpected stops since activation; the detail keeps saying so, so a recovery is visible afterwards too. */
  private crashes = 0;
  private restarting = false;

  constructor(client: LanguageClient, crashes: vscode.Event<ServerCrash>) {
    this.server.name = 'Skillgap Language Server';
    this.server.command = { title: 'Restart', command: restartCommand, tooltip: 'Restart the Skillgap language server' };
    this.index.name = 'Skillgap Index';
    this.index.command = { title: 'Show Output', command: showOutputCommand, tooltip: 'Show the Skillgap language server output' };
    this.showIndex(undefined);
    this.show('starting');
    this.subscriptions = [
      client.onDidChangeState((e) => {
        this.show(e.newState === State.Running ? 'running' : e.newState === State.Starting || this.restarting ? 'starting' : 'error');
        if (e.newState === State.Running) this.restarting = false;
      }),
      crashes((crash) => {
        this.crashes++;
        this.restarting = crash.restarting;
        this.show(crash.restarting ? 'starting' : 'error');
      }),
      // Registered before start: the notification handler survives restarts.
      client.onNotification(IndexStatusNotification, (status) => this.showIndex(status)),
    ];
  }

  /** For failures the state event does not carry, e.g. the server could not be started at all. */
  show(state: ServerState, problem?: string): void {
    const details = [state === 'running' ? 'running' : state === 'starting' ? 'starting…' : 'stopped', problem, this.recovery(state)]
      .filter((d): d is string => !!d);
    this.server.text = TEXTS[state];
    this.server.detail = details.join(' · ');
    this.server.busy = state === 'starting';
    this.server.severity = state === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  }

  private showIndex(status: IndexStatus | undefined): void {
    if (!status) {
      this.index.text = 'Skillgap index';
      this.index.detail = 'not read yet';
      this.index.busy = true;
      return;
    }
    this.index.busy = status.indexing;
    this.index.text = `${count(status.files, 'skills file')}`;
    this.index.detail = [
      status.indexing ? 'indexing…' : undefined,
      count(status.candidates, 'candidate'), count(status.roles, 'role'), count(status.skills, 'skill'),
    ].filter((d): d is string => !!d).join(' · ');
  }

  private recovery(state: ServerState): string | undefined {
    if (this.crashes === 0) return undefined;
    const crashes = count(this.crashes, 'crash');
    if (state === 'running') return `restarted after ${crashes}, open files resent`;
    if (state === 'starting') return `restarting after ${crashes}`;
    return `not restarted after ${crashes}: use Restart`;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.server.dispose();
    this.index.dispose();
  }
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : noun.endsWith('sh') ? 'es' : 's'}`;
}
