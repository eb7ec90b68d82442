// Entry of the browser suite, loaded by VS Code's web worker extension host
// (the one vscode.dev and github.dev run) next to the browser build of the
// extension. Same contract as the desktop suite: export run(), resolve on
// success; mocha's browser build, since there is no Node here.
// Its UMD wrapper sets globalThis.mocha and globalThis.Mocha.
import 'mocha/mocha.js';

/** Must match the marker the runner reads (test/editor/run-code-server.mjs). */
const suiteOutputMarker = '[prfaq-suite] ';

declare const mocha: BrowserMocha;

export async function run(): Promise<void> {
  const log = console.log.bind(console);
  // The spec reporter writes through Base.consoleLog; the runner reads the marked lines.
  (globalThis as unknown as { Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } } }).Mocha.reporters.Base.consoleLog = (...args: unknown[]) =>
    log(suiteOutputMarker + format(args));
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // Required after setup, which defines describe() and it().
  require('./web.test');
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
  });
  log(`${suiteOutputMarker}web: ${passed} passed, ${failed} failed`);
  if (passed === 0) throw new Error('web: no test ran');
  if (failed > 0) throw new Error(`web: ${failed} test(s) failed`);
}

/** printf-style "%s" and "%d" placeholders filled, as Node's util.format does for the spec reporter. */
function format([first, ...rest]: unknown[]): string {
  if (first === undefined) return '';
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  const filled = first.replace(/%[sdifjoO%]/g, (placeholder) => (placeholder === '%%' ? '%' : rest.length > 0 ? String(rest.shift()) : placeholder));
  return [filled, ...rest.map(String)].join(' ');
}
