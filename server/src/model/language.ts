// Which language a stretch of prose is written in. The writing rules are
// English rules; the structure rules run in every language. franc-min is
// pure JavaScript, so the model stays free of Node and editor imports.
import { franc } from 'franc-min';

/** ISO 639-3 codes, as franc gives them; `und` when the text is too short to tell. */
export type LanguageCode = string;

/** Languages PR/FAQs are written in; limiting franc to them keeps short technical English from reading as Scots or Tagalog. */
const candidates = ['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'pol', 'swe', 'dan', 'rus', 'ukr', 'tur', 'ind', 'vie', 'jpn', 'kor', 'cmn'];
/** Enough text for trigram statistics to be trusted. */
const minimumLetters = 120;
/** More than this is only slower to read, not surer. */
const sampleLength = 3000;

const scripts: Array<[RegExp, LanguageCode]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'jpn'],
  [/\p{Script=Hangul}/gu, 'kor'],
  [/\p{Script=Han}/gu, 'cmn'],
  [/\p{Script=Cyrillic}/gu, 'rus'],
];

export function detectLanguage(text: string, minimum = minimumLetters): LanguageCode {
  const sample = text.slice(0, sampleLength);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  // A script other than Latin settles it before any statistics: a Japanese text full of product names is still Japanese.
  for (const [pattern, code] of scripts) {
    if ((sample.match(pattern)?.length ?? 0) > letters * 0.2) return code;
  }
  if (letters < minimum) return 'und';
  return franc(sample, { only: candidates, minLength: minimum });
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
