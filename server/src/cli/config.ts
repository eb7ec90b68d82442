// The command line's configuration: the same settings as the editor, read
// from .prfaqrc.json or a "prfaq" key in package.json (the nearest one found
// walking up from the working folder), then overridden by --rule flags.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type LintConfig, type RawSettings, toLintConfig } from '../../../core/src/index';
import { InputError } from './errors';

export interface LoadedConfig {
  config: LintConfig;
  /** Where the settings came from, for messages; undefined when only defaults apply. */
  source?: string;
}

export function findConfig(cwd: string): { file: string; settings: RawSettings } | undefined {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const rc = path.join(folder, '.prfaqrc.json');
    if (fs.existsSync(rc)) return { file: rc, settings: parseJson(rc) as RawSettings };
    const manifest = path.join(folder, 'package.json');
    if (fs.existsSync(manifest)) {
      const data = parseJson(manifest) as { prfaq?: RawSettings };
      if (data && typeof data === 'object' && data.prfaq !== undefined) return { file: `${manifest} ("prfaq" key)`, settings: data.prfaq };
    }
    if (path.dirname(folder) === folder) return undefined;
  }
}

function parseJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not valid JSON: ${(error as Error).message}. Fix it or delete it to use the defaults.`);
  }
}

/** `--rule id=severity` flags, later ones winning. */
export function parseRuleFlags(flags: string[]): Record<string, string> {
  const rules: Record<string, string> = {};
  for (const flag of flags) {
    const match = /^([a-z][a-z0-9-]*)=([a-z]+)$/.exec(flag.trim());
    if (!match) throw new InputError(`--rule ${flag}: write it as rule-id=severity, e.g. --rule faq-length=off.`);
    rules[match[1]!] = match[2]!;
  }
  return rules;
}

export function loadConfig(cwd: string, ruleFlags: string[], explicitFile?: string): LoadedConfig {
  const found = explicitFile
    ? { file: explicitFile, settings: fs.existsSync(explicitFile) ? (parseJson(explicitFile) as RawSettings) : missing(explicitFile) }
    : findConfig(cwd);
  const settings: RawSettings = found?.settings && typeof found.settings === 'object' ? found.settings : {};
  const merged: RawSettings = { ...settings, rules: { ...((settings.rules as Record<string, unknown>) ?? {}), ...parseRuleFlags(ruleFlags) } };
  const problems: string[] = [];
  const config = toLintConfig(merged, (message) => problems.push(message));
  if (problems.length > 0) throw new InputError(`${found ? `${found.file}: ` : ''}${problems.join(' ')}`);
  return found ? { config, source: found.file } : { config };
}

function missing(file: string): never {
  throw new InputError(`cannot read the configuration ${file}: no such file.`);
}
