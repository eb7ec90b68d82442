// Which language a stretch of prose is written in. The writing rules are
// English rules; the structure rules run in every language. franc-min is
// pure JavaScript, so the model stays free of Node and editor imports.
import { franc } from 'franc-min';
import type { PrFaq } from './types';

/** ISO 639-3 codes, as franc gives them; `und` when the text is too short to tell. */
export type LanguageCode = string;

/** Languages PR/FAQs are written in; limiting franc to them keeps short technical English from reading as Scots or Tagalog. */
const candidates = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'swe', 'dan', 'rus', 'ukr', 'tur', 'ind', 'vie', 'jpn', 'kor', 'cmn'];
/** Enough text for trigram statistics to be trusted. */
const minimumLetters = 120;
/** More than this is only slower to read, not surer. */
const sampleLength = 1500;
/** A part that reads differently from the rest must show it over a few paragraphs, not a line of contacts. */
const minimumLettersOfPart = 400;
/**
 * Detections by sample: on a keystroke only the edited part's text changes,
 * and the others are answered from here instead of being read again.
 */
const detected = new Map<string, LanguageCode>();
const detectedLimit = 256;

const scripts: Array<[RegExp, LanguageCode]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'jpn'],
  [/\p{Script=Hangul}/gu, 'kor'],
  [/\p{Script=Han}/gu, 'cmn'],
  [/\p{Script=Cyrillic}/gu, 'rus'],
];

export function detectLanguage(text: string, minimum = minimumLetters): LanguageCode {
  const sample = text.slice(0, sampleLength);
  const key = `${minimum}:${sample}`;
  const known = detected.get(key);
  if (known) return known;
  const language = detectSample(sample, minimum);
  if (detected.size >= detectedLimit) detected.clear();
  detected.set(key, language);
  return language;
}

function detectSample(sample: string, minimum: number): LanguageCode {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  // A script other than Latin settles it before any statistics: a Japanese text full of product names is still Japanese.
  for (const [pattern, code] of scripts) {
    if ((sample.match(pattern)?.length ?? 0) > letters * 0.2) return code;
  }
  if (letters < minimum) return 'und';
  return franc(sample, { only: candidates, minLength: minimum });
}

/**
 * The document's language (front matter first, else the language most of its
 * parts' prose is in), and each part's where it has a few paragraphs to tell.
 */
export function assignLanguages(model: PrFaq, tag: unknown): void {
  const stated = languageOfTag(tag);
  const sections = model.sections;
  if (stated) {
    model.language = stated;
    model.languageStated = true;
    for (const section of sections) section.language = stated;
    return;
  }
  // Blocks and parts are both in document order: walk them together to gather each part's sample.
  const samples = sections.map(() => '');
  let index = 0;
  for (const block of model.prose) {
    while (index < sections.length && sections[index]!.range.end.line < block.start.line) index++;
    const section = sections[index];
    if (!section || section.range.start.line > block.start.line || samples[index]!.length > sampleLength) continue;
    samples[index] += `${block.text}\n`;
  }
  const letters = new Map<LanguageCode, number>();
  const languages = samples.map((sample) => {
    const language = detectLanguage(sample, minimumLettersOfPart);
    if (language !== 'und') letters.set(language, (letters.get(language) ?? 0) + sample.length);
    return language;
  });
  const majority = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0];
  model.language = majority ?? detectLanguage(firstProse(model.prose));
  sections.forEach((section, at) => {
    section.language = languages[at] === 'und' ? model.language : languages[at];
  });
}

function firstProse(blocks: PrFaq['prose']): string {
  let sample = '';
  for (const block of blocks) {
    if (sample.length > sampleLength) break;
    sample += `${block.text}\n`;
  }
  return sample;
}

/** Whether prose in `language` is for the English writing rules: English, or too little to tell. */
export function isEnglish(language: LanguageCode | undefined): boolean {
  return language === undefined || language === 'eng' || language === 'und';
}

const codes: Record<string, LanguageCode> = {
  en: 'eng', english: 'eng', de: 'deu', german: 'deu', deutsch: 'deu', fr: 'fra', french: 'fra', es: 'spa', spanish: 'spa',
  pt: 'por', portuguese: 'por', it: 'ita', nl: 'nld', pl: 'pol', sv: 'swe', da: 'dan', ru: 'rus', russian: 'rus', uk: 'ukr',
  tr: 'tur', id: 'ind', vi: 'vie', ja: 'jpn', japanese: 'jpn', ko: 'kor', korean: 'kor', zh: 'cmn', chinese: 'cmn',
};

/** The front matter's `lang:` ("de", "de-DE", "German"), as an ISO 639-3 code; undefined when it names none. */
export function languageOfTag(tag: unknown): LanguageCode | undefined {
  if (typeof tag !== 'string') return undefined;
  const key = tag.trim().toLowerCase();
  return codes[key] ?? codes[key.split(/[-_]/)[0]!] ?? (/^[a-z]{3}$/.test(key) ? key : undefined);
}

export const languageNames: Record<string, string> = {
  eng: 'English', deu: 'German', fra: 'French', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch', pol: 'Polish', swe: 'Swedish',
  dan: 'Danish', rus: 'Russian', ukr: 'Ukrainian', tur: 'Turkish', ind: 'Indonesian', vie: 'Vietnamese', jpn: 'Japanese', kor: 'Korean', cmn: 'Chinese',
};
