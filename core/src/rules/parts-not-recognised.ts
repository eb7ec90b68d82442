// When prfaq is not sure a document is a PR/FAQ, or found its press release
// only from the content, it says once what it looked for and how to label the
// parts, instead of an error per part it may have missed.
import { sectionNames } from '../model/part-order';
import type { PrFaq } from '../model/types';
import { listInWords } from '../model/words';
import { startOf } from './helpers';
import { insertSectionFix } from './section-insertion';
import type { Rule } from './types';

const howToLabel =
  'Add headings such as "## Press Release", "## Customer FAQ", "## Internal FAQ" and "## Success Metrics", or add your own heading names under prfaq.sections.';

export const partsNotRecognised: Rule = {
  id: 'parts-not-recognised',
  defaultSeverity: 'information',
  description: 'The document may not be a PR/FAQ, or its press release was found from its content alone.',
  check(model) {
    const message = messageFor(model);
    if (!message) return [];
    const finding = { range: startOf(model.sections[0]?.headingRange ?? model.documentRange), message };
    // The press release is the part a writer most often has not labelled or written yet: offer its skeleton.
    return [model.pressRelease || model.prose.length === 0 ? finding : { ...finding, fixes: [insertSectionFix(model, 'press-release')] }];
  },
};

function messageFor(model: PrFaq): string | undefined {
  const found = model.sections.filter((section) => section.kind !== 'other');
  const artifacts = model.sections.find((section) => section.recognition.artifacts);
  if (artifacts && !model.pressRelease) {
    return `The "${artifacts.title}" section works backwards from ${listInWords(artifacts.recognition.artifacts!)} rather than a press release, so prfaq checks the other parts only. To have a press release checked, write it under a "### Press Release" heading in that section.`;
  }
  if (model.recognition.confidence === 'none') {
    if (model.prose.length === 0) return `This PR/FAQ is empty. Start with the press release: type "prfaq" for the whole template, or run PR/FAQ: New PR/FAQ…, or write a "## Press Release" heading with a headline and a dateline.`;
    return `prfaq found no PR/FAQ parts here, so it checks nothing yet. It looks for a press release (a "Press Release" heading, a dateline such as "SEATTLE, WA — June 1, 2027 —", or "FOR IMMEDIATE RELEASE") and FAQ questions under a FAQ heading. ${howToLabel}`;
  }
  if (model.recognition.confidence === 'partial') {
    const names = [...new Set(found.map((section) => sectionNames[section.kind]))].join(', ');
    const missing = model.pressRelease ? 'enough to be sure' : 'no press release (a "Press Release" heading, a dateline, or "FOR IMMEDIATE RELEASE")';
    return `prfaq is not sure this is a PR/FAQ: it found ${names || 'nothing'} but ${missing}, so it does not report missing parts. ${howToLabel}`;
  }
  const pressRelease = model.pressRelease?.section;
  if (pressRelease && !pressRelease.recognition.sure && !model.recognition.declared) {
    return `prfaq took the text from line ${pressRelease.range.start.line + 1} for the press release because ${pressRelease.recognition.reason}, and does not report its missing parts. Put a "## Press Release" heading above it to have it checked in full.`;
  }
  return undefined;
}
