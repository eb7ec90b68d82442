// Folding per part, per FAQ entry, per multi-line press-release paragraph, and the front matter.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { PrFaq, Range } from '../../../core/src/index';

export function foldingRanges(model: PrFaq): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (range: Range, kind?: FoldingRangeKind) => {
    if (range.end.line > range.start.line) ranges.push({ startLine: range.start.line, endLine: range.end.line, ...(kind ? { kind } : {}) });
  };
  if (model.frontMatter) add(model.frontMatter.range, FoldingRangeKind.Comment);
  for (const section of model.sections) add(section.range, FoldingRangeKind.Region);
  for (const faq of [model.customerFaq, model.internalFaq]) for (const item of faq?.items ?? []) add(item.range);
  const pr = model.pressRelease;
  if (pr) for (const part of [pr.summary, pr.problem, pr.solution, pr.gettingStarted, pr.callToAction, ...pr.quotes]) if (part) add(part.range);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
