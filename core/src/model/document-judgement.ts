// How clearly a document is a PR/FAQ. Errors about missing parts are for
// documents that clearly are one; for the rest, one information finding says
// what was looked for.
import { requiredOrder, sectionNames } from './part-order';
import type { DocumentRecognition, PrFaq } from './types';

export function judgeDocument(model: PrFaq): DocumentRecognition {
  const reasons: string[] = [];
  const pressRelease = model.sections.find((section) => section.kind === 'press-release');
  if (pressRelease) reasons.push(`press release: ${pressRelease.recognition.reason}`);
  const namedByHeading = requiredOrder.filter((kind) => model.sections.some((section) => section.kind === kind && section.recognition.by === 'heading' && section.recognition.sure));
  for (const kind of namedByHeading) if (kind !== 'press-release') reasons.push(`${sectionNames[kind]}: named by a heading`);
  if (pressRelease?.recognition.sure || namedByHeading.length >= 2) {
    return { confidence: 'clear', reasons };
  }
  const anything = model.sections.some((section) => section.kind !== 'other');
  return { confidence: anything ? 'partial' : 'none', reasons };
}
