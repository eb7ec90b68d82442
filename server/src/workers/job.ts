// One job, as a worker runs it off the main thread: the same in a Node worker
// thread and in a browser's Web Worker. A parse returns the tree and model; a
// render parses and returns the preview's HTML, so a large document's preview
// does not hold up the server either; a check parses, runs the rules and
// returns only the findings and the summary (closed files, hundreds at a time,
// whose models nobody keeps).
import type { Root } from 'mdast';
import { summarize, type DocumentSummary } from '../features/summary';
import { parseDocument } from '../model/build';
import type { SectionNames } from '../model/heading-names';
import type { PrFaq } from '../model/types';
import { renderFragment, renderStandalone, type RenderOptions } from '../render/index';
import { runRules, type LintConfig } from '../rules/run';
import type { Finding } from '../rules/types';
import { failureSkip, type SkipReason } from './limits';

export interface RenderJob {
  standalone: boolean;
  options: RenderOptions;
}

export interface ParseRequest {
  id: number;
  text: string;
  sections: SectionNames;
  /** Render the page instead of returning the model. */
  render?: RenderJob;
  /** Check under this configuration instead of returning the model. */
  check?: LintConfig;
}

export interface CheckResult {
  findings: Finding[];
  summary: DocumentSummary;
}

export type ParseReply = { id: number; tree: Root; model: PrFaq } | { id: number; html: string } | ({ id: number } & CheckResult) | { id: number; skipped: SkipReason };

/** The last configuration a check was given, kept so the rules' caches (keyed by the word lists) hold across jobs. */
let lastCheckConfig: { key: string; config: LintConfig } | undefined;
function sameConfigAsBefore(config: LintConfig): LintConfig {
  const key = JSON.stringify(config);
  if (lastCheckConfig?.key !== key) lastCheckConfig = { key, config };
  return lastCheckConfig.config;
}

export function parseJob({ id, text, sections, render, check }: ParseRequest): ParseReply {
  try {
    const parsed = parseDocument(text, { sections });
    if (render) return { id, html: render.standalone ? renderStandalone(parsed, render.options) : renderFragment(parsed, render.options) };
    if (check) {
      const config = sameConfigAsBefore(check);
      const findings = runRules(parsed.model, config);
      return { id, findings, summary: summarize(parsed.model, findings, config) };
    }
    return { id, tree: parsed.tree, model: parsed.model };
  } catch (error) {
    return { id, skipped: failureSkip(error) };
  }
}
