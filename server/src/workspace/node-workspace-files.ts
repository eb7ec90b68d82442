// WorkspaceFiles on Node: file: folders only, read from disk.
import { promises as fs } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { ignoredFolders, type WorkspaceFiles } from './workspace-files';

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export const nodeWorkspaceFiles: WorkspaceFiles = {
  async list(folderUris) {
    const found = new Set<string>();
    for (const folder of folderUris) {
      const cwd = pathOf(folder);
      if (!cwd) continue;
      const files = await glob('**/*.prfaq.md', { cwd, ignore: ignoredFolders, onlyFiles: true, absolute: true }).catch(() => []);
      for (const file of files) found.add(pathToFileURL(file).href);
    }
    return [...found].sort();
  },
  async stamp(uri) {
    const file = pathOf(uri);
    const stats = file ? await fs.stat(file).catch(() => undefined) : undefined;
    return stats?.isFile() ? `${stats.mtimeMs}:${stats.size}` : undefined;
  },
  async read(uri) {
    const file = pathOf(uri);
    return file ? fs.readFile(file, 'utf8').catch(() => undefined) : undefined;
  },
};
