// How clearly a document is a PR/FAQ. Errors about missing parts are for
// documents that clearly are one; for the rest, one information finding says
// what was looked for.
import { requiredOrder, sectionNames } from './part-order';
import type { DocumentRecognition, PrFaq } from './types';

export function judgeDocument(model: PrFaq, declared = false): DocumentRecognition {
  const reasons: string[] = [];
  const pressRelease = model.sections.find((section) => section.kind === 'press-release');
  if (pressRelease) reasons.push(`press release: ${pressRelease.recognition.reason}`);
  const namedByHeading = requiredOrder.filter((kind) => model.sections.some((section) => section.kind === kind && section.recognition.by === 'heading' && section.recognition.sure));
  for (const kind of namedByHeading) if (kind !== 'press-release') reasons.push(`${sectionNames[kind]}: named by a heading`);
  if (pressRelease?.recognition.sure || namedByHeading.length >= 2) {
    return { confidence: 'clear', reasons };
  }
  // The writer's word counts: a *.prfaq.md file with an FAQ or metrics is a PR/FAQ, and the announcement prfaq found in
  // it is its press release, whose missing parts are reported. A press release prfaq could not find is not called
  // missing on that word alone: it may be there in a form prfaq does not read.
  const faqOrMetrics = model.sections.find((section) => section.kind === 'customer-faq' || section.kind === 'internal-faq' || section.kind === 'success-metrics');
  if (declared && faqOrMetrics && pressRelease) return { confidence: 'clear', reasons: [...reasons, `the file is named *.prfaq.md and has ${sectionNames[faqOrMetrics.kind]}`], declared: true };
  const anything = model.sections.some((section) => section.kind !== 'other');
  return { confidence: anything ? 'partial' : 'none', reasons };
}
