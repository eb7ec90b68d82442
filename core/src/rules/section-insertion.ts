// Quick fixes that add a missing part: its skeleton, at the place the canonical order gives it.
import type { PrFaq, Position, SectionKind } from '../model/types';
import { sectionNames } from '../model/part-order';
import { atHeadingDepth, sectionTemplates, type RequiredKind } from '../templates/section-skeletons';
import { asPlainText, withNames } from '../templates/template-text';
import type { Fix } from './types';

/** Where each kind of part stands; parts that are not listed ("other", stage notes) do not move anything. */
const canonicalOrder: readonly SectionKind[] = ['press-release', 'customer-faq', 'internal-faq', 'success-metrics', 'tenets', 'visuals', 'appendix'];

export function insertSectionFix(model: PrFaq, kind: RequiredKind): Fix {
  const rank = canonicalOrder.indexOf(kind);
  const before = model.sections.find((section) => canonicalOrder.indexOf(section.kind) > rank && section.depth > 0);
  const depth = model.sections.find((section) => canonicalOrder.includes(section.kind) && section.depth > 0)?.depth ?? 2;
  const names = { product: model.title?.text ?? '[PRODUCT]', customer: '[CUSTOMERS]' };
  const skeleton = asPlainText(withNames(atHeadingDepth(sectionTemplates[kind], depth), names));
  const where = before ? ` before the ${before.title || sectionNames[before.kind]}` : ' at the end';
  return {
    title: `Add the ${sectionNames[kind]} skeleton${where}`,
    edits: [before ? { range: at(lineStart(before.headingRange.start)), newText: `${skeleton}\n` } : { range: at(model.documentRange.end), newText: atEnd(model, skeleton) }],
    safe: false,
  };
}

function lineStart(position: Position): Position {
  return { line: position.line, character: 0 };
}

function at(position: Position) {
  return { start: position, end: position };
}

/** After the last line, with one blank line between it and the skeleton. */
function atEnd(model: PrFaq, skeleton: string): string {
  const end = model.documentRange.end;
  const empty = end.line === 0 && end.character === 0;
  if (empty) return skeleton;
  return `${end.character === 0 ? '\n' : '\n\n'}${skeleton}`;
}
