// Shows whether the language server is up; a click opens its output.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ServerCrash } from './language-client';

export const showOutputCommand = 'skillgap.showOutput';

type ServerStatus = 'starting' | 'running' | 'error';

const texts: Record<ServerStatus, string> = {
  starting: '$(sync~spin) Skillgap',
  running: '$(check) Skillgap',
  error: '$(error) Skillgap',
};

const tooltips: Record<ServerStatus, string> = {
  starting: 'Skillgap language server is starting…',
  running: 'Skillgap language server is running. Click for its output.',
  error: 'Skillgap language server stopped. Click for its output.',
};

export class ServerStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('skillgap.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  /** Unexpected stops since activation; the tooltip keeps saying so, so a recovery is visible afterwards too. */
  private crashes = 0;
  private restarting = false;

  constructor(client: LanguageClient, crashes: vscode.Event<ServerCrash>) {
    this.item.name = 'Skillgap';
    this.item.command = showOutputCommand;
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
    ];
  }

  /** For failures the state event does not carry, e.g. the server could not be started at all. */
  show(status: ServerStatus, detail?: string): void {
    const details = [detail, this.recovery(status)].filter((d): d is string => !!d);
    this.item.text = texts[status];
    this.item.tooltip = [tooltips[status], ...details].join('\n');
    this.item.backgroundColor = status === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  private recovery(status: ServerStatus): string | undefined {
    if (this.crashes === 0) return undefined;
    const times = this.crashes === 1 ? 'once' : `${this.crashes} times`;
    if (status === 'running') return `It stopped unexpectedly (${times}) and was restarted; open documents were sent to it again.`;
    if (status === 'starting') return `It stopped unexpectedly (${times}): restarting…`;
    return `It stopped unexpectedly (${times}) and will not be restarted: use Skillgap: Restart Language Server.`;
  }

  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
