// What a worker does with each message, the same in a Node worker thread
// (thread-entry.ts) and in a browser's Web Worker (web-worker-entry.ts). A
// check runs the engine's one pipeline and returns its findings and summary,
// with the tree and model when the host keeps them (an open document); a
// render returns a large document's preview page, so it does not hold up the
// server. The configuration comes once, when it changes, not with every job:
// the rules' word-list caches are kept per configuration object.
import type { Root } from 'mdast';
import { checkDocument, failureSkip, parseDocument, renderFragment, renderStandalone, type DocumentSummary, type Finding, type LintConfig, type PrFaq, type RenderOptions, type SectionNames, type SkipReason } from '../../../core/src/index';

export interface RenderJob {
  standalone: boolean;
  options: RenderOptions;
}

/** What a host posts to a worker. */
export type WorkerMessage =
  /** The configuration the checks that follow run under. */
  | { configure: LintConfig }
  | { id: number; check: { text: string; keepModel: boolean; name?: string } }
  | { id: number; render: { text: string; sections: SectionNames; job: RenderJob } };

export interface CheckReply {
  findings: Finding[];
  summary: DocumentSummary;
  skipped?: SkipReason;
  /** With `keepModel`, for a document that was not skipped. */
  tree?: Root;
  model?: PrFaq;
}

/** What a worker answers, under the job's id. */
export type WorkerReply = { id: number; checked: CheckReply } | { id: number; html: string } | { id: number; skipped: SkipReason };

/** A worker's handler: answers each job, and keeps the configuration it was last sent. */
export function workerJobs(): (message: WorkerMessage) => WorkerReply | undefined {
  let config: LintConfig | undefined;
  return (message) => {
    if ('configure' in message) {
      config = message.configure;
      return undefined;
    }
    if ('check' in message) {
      const { parsed, findings, summary, skipped } = checkDocument(message.check.text, config, { name: message.check.name });
      const model = message.check.keepModel && !skipped ? { tree: parsed.tree, model: parsed.model } : {};
      return { id: message.id, checked: { findings, summary, ...(skipped ? { skipped } : {}), ...model } };
    }
    const { text, sections, job } = message.render;
    try {
      const parsed = parseDocument(text, { sections });
      return { id: message.id, html: job.standalone ? renderStandalone(parsed, job.options) : renderFragment(parsed, job.options) };
    } catch (error) {
      return { id: message.id, skipped: failureSkip(error) };
    }
  };
}
