// Open documents: their text replaces the disk's in the Workspace while they are open (incremental
// sync); on close the disk's text comes back, or the file leaves when it only existed in the editor.
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isSkillsFile } from '../protocol/skills-files';
import type { Configuration } from './configuration';
import { guardNotification } from './guard';
import type { DeclareCapabilities, Session } from './session';
import { pathFromUri } from './uris';

export function registerDocumentSync(session: Session, configuration: Configuration): DeclareCapabilities {
  const { documents, workspace, uris, log } = session;

  /** Clients may send every YAML document; only ours are analysed. */
  const isSkillsDocument = (document: TextDocument) =>
    document.languageId === 'skills-yaml' || isSkillsFile(pathFromUri(document.uri) ?? document.uri);

  documents.onDidChangeContent(guardNotification(log, 'didChange', (event) => {
    if (!isSkillsDocument(event.document)) return;
    const file = uris.fromClient(event.document.uri);
    const changed = workspace.setFile(file, event.document.getText());
    // Opening a file whose text equals the disk's changes nothing, but the client wants its version.
    session.diagnostics.affected(changed.includes(file) ? changed : [file, ...changed], file);
  }));

  documents.onDidClose(guardNotification(log, 'didClose', (event) => {
    if (!isSkillsDocument(event.document)) return;
    const file = uris.fromClient(event.document.uri);
    const path = pathFromUri(file);
    const extraCatalog = configuration.isExtraCatalog(file);
    const onDisk = path && ((isSkillsFile(path) && session.inWorkspace(path)) || extraCatalog) ? session.disk.read(path, extraCatalog) : undefined;
    if (onDisk && onDisk.kind !== 'refused') session.diagnostics.affected(session.load(file, onDisk));
    else {
      if (onDisk) session.load(file, onDisk);   // logs why it is not read
      session.diagnostics.forget(file);
    }
  }));

  return () => ({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } });
}
