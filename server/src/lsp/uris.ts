// The Workspace keys files by one canonical URI per file; clients may spell the same file
// differently (percent-encoding, drive-letter case). We key by the canonical form and answer
// with the spelling the client used, so its documents and ours never split in two.
import { fileURLToPath, pathToFileURL } from 'node:url';

export class UriSpellings {
  private readonly clientSpelling = new Map<string, string>();

  /** Canonical key for a client URI; remembers the client's spelling for replies. */
  fromClient(uri: string): string {
    const canonical = canonicalUri(uri);
    if (canonical !== uri) this.clientSpelling.set(canonical, uri);
    return canonical;
  }

  toClient(file: string): string {
    return this.clientSpelling.get(file) ?? file;
  }
}

function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriFromPath(path: string): string {
  return pathToFileURL(path).href;
}

export function pathFromUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
