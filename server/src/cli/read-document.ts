// Reading a PR/FAQ file: text in UTF-8, or a clear reason why not.
import * as fs from 'node:fs';
import { InputError } from './errors';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readDocument(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new InputError(`cannot read ${file}: ${reason}.`);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError(`${file} is a binary file, not a PR/FAQ; it was not checked.`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text; save it as UTF-8 and check it again.`);
  }
}
