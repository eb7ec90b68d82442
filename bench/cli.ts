// CLI throughput: `prfaq check` over a folder of 1,000 typical PR/FAQs (3–8 KB,
// every style), timed from process start to exit, as CI would run it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generatePrfaq } from './corpus';
import { median, now } from './stats';

export interface CliResult {
  files: number;
  runs: number;
  seconds: number;
  filesPerSecond: number;
}

export function benchmarkCli(cliScript: string, files = 1000, runs = 3): CliResult {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'prfaq-bench-cli-'));
  for (let index = 0; index < files; index++) {
    const bytes = 3 * 1024 + ((index * 577) % (5 * 1024));
    fs.writeFileSync(path.join(folder, `doc-${index}.prfaq.md`), generatePrfaq(bytes, 1000 + index));
  }
  const seconds: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = now();
    const result = spawnSync(process.execPath, [cliScript, 'check', folder, '--format', 'json', '-o', path.join(os.tmpdir(), 'prfaq-bench-cli.json')], { cwd: folder });
    if (result.status === 2) throw new Error(`prfaq check failed: ${result.stderr}`);
    seconds.push((now() - started) / 1000);
  }
  fs.rmSync(folder, { recursive: true, force: true });
  const typical = median(seconds);
  return { files, runs, seconds: typical, filesPerSecond: files / typical };
}
