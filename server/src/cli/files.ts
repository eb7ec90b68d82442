// Which files a command means: named files, folders (every *.prfaq.md below
// them, node_modules left out) and glob patterns.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { ignoredFolders as ignore } from '../workspace/workspace-files';
import { InputError } from './errors';

export interface FileList {
  files: string[];
  /** One line each for arguments that named nothing to check. */
  problems: string[];
}

export function expandFiles(args: string[], cwd: string): FileList {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const arg of args.length > 0 ? args : ['.']) {
    if (isDynamicPattern(arg)) {
      const matched = globSync(arg, { cwd, ignore, onlyFiles: true, dot: false });
      if (matched.length === 0) problems.push(`no file matches ${arg}.`);
      for (const file of matched) files.add(path.normalize(file));
      continue;
    }
    const full = path.resolve(cwd, arg);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(full);
    } catch {
      problems.push(`cannot read ${arg}: no such file or folder.`);
      continue;
    }
    if (stats.isDirectory()) {
      const found = globSync('**/*.prfaq.md', { cwd: full, ignore, onlyFiles: true });
      if (found.length === 0) problems.push(`${arg} holds no PR/FAQ files (*.prfaq.md).`);
      for (const file of found) files.add(path.normalize(path.join(arg, file)));
    } else {
      files.add(path.normalize(arg));
    }
  }
  return { files: [...files].sort(), problems };
}

export function assertWritableTarget(file: string): void {
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new InputError(`${file} is a folder; name a file to write.`);
}
