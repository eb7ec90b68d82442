// The writing checks are English rules. A document, or a part of it, in
// another language gets none of their findings, and one line that says so.
import { isEnglish, languageNames } from '../model/language';
import { sectionNames } from '../model/part-order';
import { startOf } from './helpers';
import type { Rule } from './types';

const nameOf = (code: string) => languageNames[code] ?? `"${code}"`;

export const writingChecksSkipped: Rule = {
  id: 'writing-checks-skipped',
  defaultSeverity: 'information',
  description: 'The writing checks were skipped for prose that is not in English.',
  check(model) {
    const range = startOf(model.sections[0]?.headingRange ?? model.documentRange);
    const fix = model.languageStated
      ? 'The language comes from the front matter: change its "lang:" field if it is wrong.'
      : 'Add "lang: en" to the front matter if it is in English after all.';
    if (!isEnglish(model.language)) {
      if (model.prose.length === 0) return [];
      return [{ range, message: `This PR/FAQ reads as ${nameOf(model.language)}, so the writing checks (weasel words, hype, acronyms, sentence length, readability) were skipped: they are English rules. The structure checks still run. ${fix}` }];
    }
    const others = model.sections.filter((section) => !isEnglish(section.language));
    if (others.length === 0) return [];
    const parts = others.map((section) => `${section.title || sectionNames[section.kind]} (${nameOf(section.language!)})`).join(', ');
    return [{ range: startOf(others[0]!.headingRange), message: `The writing checks were skipped in ${parts}: they are English rules. The structure checks still run there. Add "lang: en" to the front matter if the whole document is in English.` }];
  },
};
