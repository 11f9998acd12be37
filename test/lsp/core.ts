// What the core (Workspace, in-process) says about the same files: the server must publish exactly
// this, mapped to LSP. Keeps these tests about the protocol, not about the checks' wording.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toLspDiagnostic } from '../../server/src/lsp/convert';
import { Workspace } from '../../server/src/workspace';

export function coreWorkspace(root: string, files: Record<string, string>): Workspace {
  const workspace = new Workspace();
  for (const [name, text] of Object.entries(files)) workspace.setFile(pathToFileURL(join(root, name)).href, text);
  return workspace;
}

export function coreDiagnostics(root: string, files: Record<string, string>, name: string) {
  return coreWorkspace(root, files).diagnostics(pathToFileURL(join(root, name)).href).map((d) => toLspDiagnostic(d, (f) => f));
}
