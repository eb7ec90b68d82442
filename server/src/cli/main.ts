// The `prfaq` command line: the same model, rules and renderer as the editor.
import * as fs from 'node:fs';
import * as readline from 'node:readline/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fileSlug, fullPrfaq, isPaperSize, parseDocument, renderStandalone } from '../../../core/src/index';
import { loadExporter } from './load-exporter';
import { version } from '../version';
import { checkFiles } from './check';
import { loadConfig } from './config';
import { InputError } from './errors';
import { expandFiles } from './files';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatStylish, totalsOf } from './format-stylish';
import { formatStatusJson, formatStatusMarkdown, formatStatusTable, statusRows } from './format-status';
import { readDocument } from './read-document';

const usage = `prfaq ${version} — check and render Amazon-style PR/FAQ documents

Usage:
  prfaq check [files | folders | globs]   (default: every *.prfaq.md below the current folder)
      --format stylish|json|sarif   report format (default: stylish)
      --rule <id>=<severity>        error, warning, information, hint or off; repeatable
      --max-warnings <n>            exit 1 when there are more warnings than this
      --quiet                       report errors only
      --config <file>               settings file (default: the nearest .prfaqrc.json,
                                    or the "prfaq" key of the nearest package.json)
      -o, --output <file>           write the report to a file instead of standard output
  prfaq status [files | folders | globs]  (default: every *.prfaq.md below the current folder)
      one row per PR/FAQ, by stage: title, stage, press release and FAQ length
      against their budgets, errors and warnings
      --format table|json|markdown  (default: table; markdown suits a CI job summary)
      --config <file>, -o <file>    as for check
  prfaq render <file.prfaq.md> [--format html|pdf|docx] [-o <file>] [--force]
      --format html                 the launch-announcement page, styles inlined (default),
                                    to <file> or standard output; --allow-remote-images
      --format pdf                  the page printed by Chrome, Edge, Chromium or Brave, with
                                    the pages the press release and the FAQs take on paper
      --format docx                 a Word document with Title, Heading, Quote styles and
                                    numbered questions, for comments in Word or Google Docs
      --paper a4|letter             paper size for pdf and docx (default: a4)
      --continuous                  pdf: the FAQs follow on, rather than start a new page
      --browser <path>              pdf: the browser to print with (default: found in its usual place)
      --timeout <seconds>           pdf: stop the browser after this long (default: 60)
      --force                       replace <file> if it exists
  prfaq init [name] [--customer <who>]
      write <name>.prfaq.md from the full PR/FAQ template (never replaces a file)
  prfaq --version | --help

Exit codes: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 a problem with the command, a file or the configuration.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      paper: { type: 'string', default: 'a4' },
      continuous: { type: 'boolean', default: false },
      browser: { type: 'string' },
      timeout: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      config: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      'allow-remote-images': { type: 'boolean', default: false },
      customer: { type: 'string', default: 'customers' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? process.stdout : process.stderr).write(usage);
    return values.help ? 0 : 2;
  }
  switch (command) {
    case 'check':
      return check(rest, values);
    case 'status':
      return status(rest, values);
    case 'render':
      return render(rest, values);
    case 'init':
      return init(rest, values);
    default:
      throw new InputError(`unknown command "${command}". Run "prfaq --help" for the commands.`);
  }
}

interface CheckOptions {
  format?: string;
  rule?: string[];
  'max-warnings'?: string;
  quiet?: boolean;
  config?: string;
  output?: string;
}

async function check(args: string[], options: CheckOptions): Promise<number> {
  const format = options.format ?? 'stylish';
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new InputError(`--format ${format}: choose stylish, json or sarif.`);
  const maxWarnings = options['max-warnings'] === undefined ? undefined : Number(options['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new InputError(`--max-warnings ${options['max-warnings']}: give a whole number, 0 or more.`);

  const cwd = process.cwd();
  const { config } = loadConfig(cwd, options.rule ?? [], options.config);
  const { files, problems } = expandFiles(args, cwd);
  const checked = await checkFiles(files, config, parseWorkerScript());
  const results = options.quiet ? checked.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') })) : checked;

  const inputProblems = [...problems, ...results.flatMap((result) => (result.error ? [result.error] : []))];
  for (const problem of inputProblems) process.stderr.write(`prfaq: ${problem}\n`);
  const reported = results.filter((result) => !result.error);
  const color = format === 'stylish' && !options.output && process.env.NO_COLOR === undefined && (process.stdout.isTTY === true || process.env.FORCE_COLOR !== undefined);
  const report = format === 'json' ? formatJson(results) : format === 'sarif' ? formatSarif(results, cwd) : formatStylish(reported, color);
  if (options.output) fs.writeFileSync(options.output, report);
  else process.stdout.write(report);

  const totals = totalsOf(reported);
  if (inputProblems.length > 0) return 2;
  if (totals.errors > 0) return 1;
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    process.stderr.write(`prfaq: ${totals.warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

async function status(args: string[], options: CheckOptions): Promise<number> {
  const format = options.format ?? 'table';
  if (!['table', 'json', 'markdown'].includes(format)) throw new InputError(`--format ${format}: choose table, json or markdown.`);
  const cwd = process.cwd();
  const { config } = loadConfig(cwd, options.rule ?? [], options.config);
  const { files, problems } = expandFiles(args, cwd);
  const results = await checkFiles(files, config, parseWorkerScript());
  const inputProblems = [...problems, ...results.flatMap((result) => (result.error ? [result.error] : []))];
  for (const problem of inputProblems) process.stderr.write(`prfaq: ${problem}\n`);
  const rows = statusRows(results, cwd);
  const report = format === 'json' ? formatStatusJson(rows) : format === 'markdown' ? formatStatusMarkdown(rows) : formatStatusTable(rows);
  if (options.output) fs.writeFileSync(options.output, report);
  else process.stdout.write(report);
  // A report, not a gate: prfaq check is the one that fails a build on errors.
  return inputProblems.length > 0 ? 2 : 0;
}

interface RenderCommandOptions {
  format?: string;
  output?: string;
  force?: boolean;
  'allow-remote-images'?: boolean;
  paper?: string;
  continuous?: boolean;
  browser?: string;
  timeout?: string;
}

async function render(args: string[], options: RenderCommandOptions): Promise<number> {
  if (args.length !== 1) throw new InputError('render takes exactly one file, e.g. "prfaq render launch.prfaq.md -o launch.html".');
  const format = options.format ?? 'html';
  if (!['html', 'pdf', 'docx'].includes(format)) throw new InputError(`--format ${format}: render writes html, pdf or docx.`);
  const paper = options.paper ?? 'a4';
  if (!isPaperSize(paper)) throw new InputError(`--paper ${paper}: choose a4 or letter.`);
  if (format !== 'html' && !options.output) throw new InputError(`--format ${format} writes a file: add -o, e.g. "-o launch.${format}".`);
  const timeoutSeconds = options.timeout === undefined ? 60 : Number(options.timeout);
  if (!(timeoutSeconds > 0)) throw new InputError(`--timeout ${options.timeout}: give a number of seconds, more than 0.`);
  const { config } = loadConfig(process.cwd(), []);
  const text = readDocument(args[0]!);
  // Asked before the work, so a refusal costs nothing.
  if (options.output && fs.existsSync(options.output) && !options.force && !(await confirmReplace(options.output))) {
    process.stderr.write(`prfaq: ${options.output} already exists; nothing was written. Add --force to replace it.\n`);
    return 2;
  }
  let bytes: string | Uint8Array;
  let report: string | undefined;
  if (format === 'html') bytes = renderStandalone(parseDocument(text, { sections: config.sections }), { allowRemoteImages: options['allow-remote-images'] === true });
  else if (format === 'docx') bytes = await loadExporter().exportDocx(text, { paper, sections: config.sections });
  else {
    const exporter = loadExporter();
    try {
      const { pdf, pages } = await exporter.exportPdf(text, { paper, faqOnNewPage: !options.continuous, browserPath: options.browser, browserSetting: '--browser', sections: config.sections, timeoutMs: timeoutSeconds * 1000 });
      bytes = pdf;
      report = exporter.describePages(pages);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new InputError(error instanceof exporter.BrowserNotFoundError ? message : `could not print the PDF: ${message}`);
    }
  }
  if (!options.output) {
    process.stdout.write(bytes);
    return 0;
  }
  fs.writeFileSync(options.output, bytes);
  process.stderr.write(`prfaq: wrote ${options.output}${report ? `\n${report}` : ''}\n`);
  return 0;
}

function init(args: string[], options: { customer?: string }): number {
  if (args.length > 1) throw new InputError('init takes at most one name, e.g. "prfaq init Rebook".');
  const product = (args[0] ?? 'New product').trim();
  const file = `${fileSlug(product)}.prfaq.md`;
  if (fs.existsSync(file)) throw new InputError(`${file} already exists; nothing was written. Choose another name, or edit that file.`);
  fs.writeFileSync(file, fullPrfaq({ product, customer: options.customer ?? 'customers' }), { flag: 'wx' });
  process.stderr.write(`prfaq: wrote ${file}. Replace each [PLACEHOLDER], then run "prfaq check ${file}".\n`);
  return 0;
}

async function confirmReplace(file: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const prompt = readline.createInterface({ input: process.stdin, output: process.stderr });
  const answer = await prompt.question(`${file} already exists. Replace it? [y/N] `);
  prompt.close();
  return /^y(es)?$/i.test(answer.trim());
}

/** The worker threads' script, beside this one in dist/; missing when run from source, and then files are checked in this thread. */
function parseWorkerScript(): string {
  return path.join(path.dirname(__filename), 'parse-worker.js');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`prfaq: ${message}\n`);
    process.exitCode = error instanceof InputError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  },
);

