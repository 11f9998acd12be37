// Shows whether the language server is up; a click opens its output.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

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
  private readonly subscription: vscode.Disposable;

  constructor(client: LanguageClient) {
    this.item.name = 'Skillgap';
    this.item.command = showOutputCommand;
    this.show('starting');
    this.subscription = client.onDidChangeState((e) => {
      this.show(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'error');
    });
  }

  /** For failures the state event does not carry, e.g. the server could not be started at all. */
  show(status: ServerStatus, detail?: string): void {
    this.item.text = texts[status];
    this.item.tooltip = detail ? `${tooltips[status]}\n${detail}` : tooltips[status];
    this.item.backgroundColor = status === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
