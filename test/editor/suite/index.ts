// Entry of the real-editor suite, loaded by the VS Code extension host.
// Same contract as @vscode/test-electron: export run(), resolve on success.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Lines the runner outside the editor prints; the workbench's own logging travels the same way. */
export const suiteOutputMarker = '[prfaq-suite] ';

export async function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(suiteOutputMarker + format(...args));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
  // The runner outside the editor reads this line to count the tier's tests.
  console.log(`${suiteOutputMarker}editor: ${passed} passed, ${failed} failed`);
  if (files.length === 0 || passed === 0) throw new Error('editor: no test ran');
  if (failed > 0) throw new Error(`editor: ${failed} test(s) failed`);
}
