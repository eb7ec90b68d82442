// The writer's settings (`prfaq.*`), read and checked: anything malformed is
// reported once and replaced by the default, never allowed to break analysis.
import { defaultMaxDocumentKB } from './limits';
import type { HeadingRole, SectionNames } from '../model/heading-names';
import { ruleById } from '../rules/index';
import type { LintConfig, RuleSetting } from './lint-config';
import { defaultRuleOptions, defaultStyleOptions, type StyleOptions, type WordListSetting } from '../rules/types';

export interface RawSettings {
  rules?: unknown;
  sections?: unknown;
  limits?: { pressReleaseWords?: unknown; faqWords?: unknown; maxDocumentKB?: unknown; sentenceWords?: unknown; readingEase?: unknown; readingGrade?: unknown };
  style?: { weaselWords?: unknown; hypeWords?: unknown; vagueClaims?: unknown; allowedAcronyms?: unknown; wordyPhrases?: unknown };
}

const ruleSettings: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function toLintConfig(raw: RawSettings | undefined, warn: (message: string) => void): LintConfig {
  const rules: Record<string, RuleSetting> = {};
  if (raw?.rules && typeof raw.rules === 'object') {
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (!ruleById.has(id)) warn(`prfaq.rules: there is no rule "${id}"; the setting is ignored. Rule ids are listed in docs/rules/README.md.`);
      else if (typeof value === 'string' && ruleSettings.includes(value as RuleSetting)) rules[id] = value as RuleSetting;
      else warn(`prfaq.rules.${id}: "${String(value)}" is not one of ${ruleSettings.join(', ')}; the rule keeps its default.`);
    }
  }
  return {
    rules,
    options: {
      pressReleaseMaxWords: positive(raw?.limits?.pressReleaseWords, defaultRuleOptions.pressReleaseMaxWords, 'prfaq.limits.pressReleaseWords', warn),
      faqMaxWords: positive(raw?.limits?.faqWords, defaultRuleOptions.faqMaxWords, 'prfaq.limits.faqWords', warn),
      style: styleOptions(raw, warn),
    },
    maxDocumentKB: positive(raw?.limits?.maxDocumentKB, defaultMaxDocumentKB, 'prfaq.limits.maxDocumentKB', warn),
    sections: sectionNames(raw?.sections, warn),
  };
}

const sectionKeys: readonly HeadingRole[] = ['press-release', 'customer-faq', 'internal-faq', 'faq', 'success-metrics', 'tenets', 'visuals', 'appendix', 'stage-notes'];

/** `{ "internal-faq": ["Kundenfragen intern"] }`: extra heading names per part. */
function sectionNames(value: unknown, warn: (message: string) => void): SectionNames {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn('prfaq.sections: expected heading names per part, such as { "internal-faq": ["Kundenfragen intern"] }; ignored.');
    return {};
  }
  const names: SectionNames = {};
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    if (!sectionKeys.includes(key as HeadingRole)) warn(`prfaq.sections: "${key}" is not a part; use one of ${sectionKeys.join(', ')}. Ignored.`);
    else if (Array.isArray(list) && list.every((entry) => typeof entry === 'string')) names[key as HeadingRole] = list as string[];
    else warn(`prfaq.sections.${key}: expected a list of heading names, such as ["Kundenfragen intern"]; ignored.`);
  }
  return names;
}

function positive(value: unknown, fallback: number, name: string, warn: (message: string) => void): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.round(value);
  warn(`${name}: "${String(value)}" is not a positive number; using ${fallback}.`);
  return fallback;
}

function styleOptions(raw: RawSettings | undefined, warn: (message: string) => void): StyleOptions {
  const style: StyleOptions = {
    sentenceMaxWords: positive(raw?.limits?.sentenceWords, defaultStyleOptions.sentenceMaxWords, 'prfaq.limits.sentenceWords', warn),
    readingEase: positive(raw?.limits?.readingEase, defaultStyleOptions.readingEase, 'prfaq.limits.readingEase', warn),
    weaselWords: wordList(raw?.style?.weaselWords, 'prfaq.style.weaselWords', warn),
    hypeWords: wordList(raw?.style?.hypeWords, 'prfaq.style.hypeWords', warn),
    vagueClaims: wordList(raw?.style?.vagueClaims, 'prfaq.style.vagueClaims', warn),
    allowedAcronyms: wordList(raw?.style?.allowedAcronyms, 'prfaq.style.allowedAcronyms', warn),
    wordyPhrases: wordyPhrases(raw?.style?.wordyPhrases, warn),
  };
  if (raw?.limits?.readingGrade !== undefined && raw.limits.readingGrade !== null) style.readingGrade = positive(raw.limits.readingGrade, 8, 'prfaq.limits.readingGrade', warn);
  return style;
}

/** `{ "add": [...], "remove": [...] }`; anything else is reported and ignored. */
function wordList(value: unknown, name: string, warn: (message: string) => void): WordListSetting {
  if (value === undefined || value === null) return { add: [], remove: [] };
  const strings = (key: 'add' | 'remove'): string[] => {
    const list = (value as Record<string, unknown>)[key];
    if (list === undefined) return [];
    if (Array.isArray(list) && list.every((entry) => typeof entry === 'string')) return list as string[];
    warn(`${name}.${key}: expected a list of words, such as ["very", "a lot"]; ignored.`);
    return [];
  };
  if (typeof value !== 'object' || Array.isArray(value)) {
    warn(`${name}: expected { "add": [...], "remove": [...] }; the default list is used.`);
    return { add: [], remove: [] };
  }
  return { add: strings('add'), remove: strings('remove') };
}

function wordyPhrases(value: unknown, warn: (message: string) => void): StyleOptions['wordyPhrases'] {
  const { add, ...rest } = value && typeof value === 'object' ? (value as { add?: unknown }) : { add: undefined };
  const { remove } = wordList(value === undefined || value === null ? value : rest, 'prfaq.style.wordyPhrases', warn);
  if (add === undefined || add === null) return { add: {}, remove };
  if (typeof add === 'object' && !Array.isArray(add) && Object.values(add).every((entry) => typeof entry === 'string')) return { add: add as Record<string, string>, remove };
  warn('prfaq.style.wordyPhrases.add: expected phrases and their replacements, such as { "in order to": "to" }; ignored.');
  return { add: {}, remove };
}
