// The `prfaq` command line. Same model and renderer as the editor.
//   prfaq render <file.prfaq.md> [-o out.html] [--force]
import * as fs from 'node:fs';
import * as readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from './model/build';
import { renderStandalone } from './render/index';
import { version } from './version';

const usage = `prfaq ${version} — check and render Amazon-style PR/FAQ documents

Usage:
  prfaq render <file.prfaq.md> [-o <out.html>] [--force] [--allow-remote-images]
      Write the launch-announcement page (styles inlined) to <out.html>, or to
      standard output. An existing <out.html> is replaced only with --force, or
      after you confirm at the terminal.
  prfaq --version | --help
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      'allow-remote-images': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(usage);
    return values.help ? 0 : 2;
  }
  if (command !== 'render') throw new UsageError(`unknown command "${command}". Run "prfaq --help" for the commands.`);
  if (files.length !== 1) throw new UsageError('render takes exactly one file, e.g. "prfaq render launch.prfaq.md -o launch.html".');
  const file = files[0]!;
  const text = readText(file);
  const html = renderStandalone(parseDocument(text), { allowRemoteImages: values['allow-remote-images'] === true });
  if (!values.output) {
    process.stdout.write(html);
    return 0;
  }
  if (fs.existsSync(values.output) && !values.force && !(await confirmReplace(values.output))) {
    process.stderr.write(`prfaq: ${values.output} already exists; nothing was written. Add --force to replace it.\n`);
    return 2;
  }
  fs.writeFileSync(values.output, html);
  process.stderr.write(`prfaq: wrote ${values.output}\n`);
  return 0;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}.`);
  }
}

async function confirmReplace(file: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question(`${file} already exists. Replace it? [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`prfaq: ${message}\n`);
    process.exit(error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1);
  },
);
