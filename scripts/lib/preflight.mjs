// Checks made before the README's commands do any work, so that a machine that
// cannot run them gets one line saying why and what to run, not a stack trace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The lowest Node major version package.json's engines.node accepts (">=20" → 20). */
export function requiredNodeMajor() {
  const { engines } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Number(/(\d+)/.exec(engines?.node ?? '')?.[1] ?? 0);
}

/** The reason this Node is too old, or undefined when it will do. */
export function nodeTooOld(version = process.versions.node) {
  const needed = requiredNodeMajor();
  const major = Number(version.split('.')[0]);
  if (major >= needed) return undefined;
  return `prfaq needs Node ${needed} or later, and this is Node ${version}: install Node ${needed} (for example "nvm install ${needed}"), then run "npm ci" again.`;
}

/** Exits with one line when this Node is too old; `closing` is printed after it (a total: line, say). */
export function requireNode(closing) {
  const reason = nodeTooOld();
  if (!reason) return;
  console.error(reason);
  if (closing) console.log(closing);
  process.exit(1);
}
