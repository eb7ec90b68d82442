// Closed files (the PR/FAQs view, workspace diagnostics) are checked in
// workers, so the server's thread stays free for keystrokes: the worker's
// answer must be the one an in-place check gives, a worker that has had
// nothing to do is stopped, and work is spread over the workers there are.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { DocumentAnalyses } from '../../../server/src/analysis/documents';
import { workerJobs, type WorkerMessage } from '../../../server/src/workers/job';
import type { StartWorker } from '../../../server/src/workers/worker-host';
import { toLintConfig } from '../../../core/src/index';

const funnel = path.resolve(__dirname, '..', '..', 'fixtures', 'funnel');
const files = fs.readdirSync(funnel).map((name) => ({ uri: `file:///funnel/${name}`, text: fs.readFileSync(path.join(funnel, name), 'utf8') }));

/** A worker in this thread that answers as the real one does, its messages cloned as postMessage would. */
function inThreadWorkers() {
  const events = { started: 0, jobs: [] as number[], configured: [] as number[], terminated: [] as number[] };
  let whenTerminated: (() => void) | undefined;
  const start: StartWorker = (handlers) => {
    const worker = ++events.started;
    const handle = workerJobs();
    return {
      post: (message: WorkerMessage) => {
        if ('configure' in message) events.configured.push(worker);
        const reply = handle(structuredClone(message));
        if (!reply) return;
        events.jobs.push(worker);
        setImmediate(() => handlers.message(structuredClone(reply)));
      },
      terminate: () => {
        events.terminated.push(worker);
        whenTerminated?.();
      },
    };
  };
  return { start, events, terminated: () => new Promise<void>((resolve) => (whenTerminated = resolve)) };
}

describe('checking closed files in workers', () => {
  const config = toLintConfig({ rules: { 'long-sentence': 'off' } }, () => {});

  it('gives the same findings and summary as a check in place', async () => {
    const inPlace = new DocumentAnalyses();
    const workers = inThreadWorkers();
    const inWorker = new DocumentAnalyses({ startWorker: workers.start });
    assert.equal(inWorker.checksInWorkers, true);
    assert.equal(inPlace.checksInWorkers, false);
    for (const { uri, text } of files) {
      assert.deepEqual(await inWorker.checkOnce(uri, text, config), await inPlace.checkOnce(uri, text, config), uri);
    }
    assert.ok(workers.events.jobs.length >= files.length, 'the checks ran in the worker');
    const review = await inWorker.checkOnce('file:///review.prfaq.md', files.find((file) => file.uri.includes('review'))!.text, config);
    assert.equal(review.summary.stage, 'review');
    assert.equal(review.summary.errors, 1, 'the [TBD] left in review');
    inWorker.dispose();
  });

  it('answers a file over the size limit without sending it to a worker', async () => {
    const workers = inThreadWorkers();
    const analyses = new DocumentAnalyses({ startWorker: workers.start });
    const small = toLintConfig({ limits: { maxDocumentKB: 1 } }, () => {});
    const { findings, summary } = await analyses.checkOnce('file:///big.prfaq.md', files[0]!.text, small);
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['analysis-skipped']);
    assert.equal(summary.recognised, false);
    assert.equal(workers.events.started, 0);
  });

  it('spreads a batch over two workers and stops them once idle', async () => {
    const workers = inThreadWorkers();
    const analyses = new DocumentAnalyses({ startWorker: workers.start, checkWorkers: 2, checkWorkerIdleMs: 5 });
    const stopped = workers.terminated();
    await Promise.all([...files, ...files].map(({ uri, text }, index) => analyses.checkOnce(`${uri}#${index}`, text, config)));
    assert.equal(workers.events.started, 2);
    assert.deepEqual(new Set(workers.events.jobs), new Set([1, 2]), 'both workers had work');
    // The idle timer does not hold a process open (the CLI must be free to exit): hold this one open until it fires.
    const holdOpen = setInterval(() => {}, 1_000);
    await stopped;
    clearInterval(holdOpen);
    assert.ok(workers.events.terminated.length >= 1, 'an idle worker is stopped');
  });

  it('sends a worker the configuration once, not with every file, and again when the settings change', async () => {
    const workers = inThreadWorkers();
    const analyses = new DocumentAnalyses({ startWorker: workers.start });
    for (const { uri, text } of [...files, ...files]) await analyses.checkOnce(uri, text, config);
    assert.equal(workers.events.jobs.length, files.length * 2);
    assert.deepEqual(workers.events.configured, [1]);
    const changed = toLintConfig({ rules: { 'long-sentence': 'warning' } }, () => {});
    await analyses.checkOnce(files[0]!.uri, files[0]!.text, changed);
    assert.deepEqual(workers.events.configured, [1, 1]);
    analyses.dispose();
  });
});
