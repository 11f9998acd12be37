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
  const { documents, uris, log } = session;

  /** Clients may send every YAML document; only ours are analysed. */
  const isSkillsDocument = (document: TextDocument) =>
    document.languageId === 'skills-yaml' || isSkillsFile(pathFromUri(document.uri) ?? document.uri);

  documents.onDidChangeContent(guardNotification(log, 'didChange', (event) => {
    if (!isSkillsDocument(event.document)) return;
    session.edit(uris.fromClient(event.document.uri), event.document);
  }));

  documents.onDidClose(guardNotification(log, 'didClose', (event) => {
    if (!isSkillsDocument(event.document)) return;
    const file = uris.fromClient(event.document.uri);
    const path = pathFromUri(file);
    const onDisk = path && (session.isWorkspaceFile(path) || configuration.isExtraCatalog(file)) ? session.disk.read(path, configuration.isNamedByUser(file)) : undefined;
    if (onDisk && onDisk.kind !== 'refused') session.diagnostics.affected(session.load(file, onDisk));
    else {
      if (onDisk) session.load(file, onDisk);   // logs why it is not read
      session.diagnostics.forget(file);
    }
  }));

  return () => ({ textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } });
}
