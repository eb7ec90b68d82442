// The dateline that opens a press release summary: "SEATTLE, WA — June 1, 2027 —".
import type { PlainText } from './plain-text';
import type { Dateline } from './types';

const monthNames = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
/** A month as written in a dateline, "March" or, on a release line, "MARCH". */
const month = String.raw`(?:${monthNames}|${monthNames.toUpperCase().replace(/\?:/g, '?:')})\.?`;
/** German month names, and the day written "3." before them. */
const monat = String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)`;
const otherDates = String.raw`(?:(?:\d{1,2}\.\s*)?${monat}\s+\d{4}|\d{1,2}\s+de\s+\p{L}+,?\s+(?:de\s+)?\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}년\s*(?:\d{1,2}월(?:\s*\d{1,2}일)?|\d분기))`;
const realDate = String.raw`(?:(?:Today,?\s+)?${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${month},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|${month},?\s+\d{4}|${otherDates})`;
const placeholderDate = String.raw`(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|TBD|TBC|XX+(?:[/ ,.-]+XX+)*|${month}\s+X+,?\s+(?:\d{4}|X+)|(?:Month|MM)\b[^—–\n]{0,20})`;
const city = String.raw`(?:\[[^\]\n]{1,30}\](?:,\s*\[[^\]\n]{1,30}\])?|[\p{Lu}\p{Lo}][\p{L}.'’ -]{1,40}?(?:,\s*[\p{Lu}\p{Lo}][\p{L}.'’ -]{1,30}?){0,2})`;
const dash = String.raw`(?:—|–|--|-|:)`;
const pattern = new RegExp(
  String.raw`^\s*(?<city>${city})\s*(?:\([^)\n]{1,40}\)\s*)?(?:${dash}|,)\s*(?:\(?[A-Z][\p{L} ]{1,30}\)?\s*${dash}\s*)?(?:(?<date>${realDate})|(?<placeholder>${placeholderDate}))\]?\s*(?:${dash}|,|\.|$)`,
  'u',
);
/** Online launches often open with the date alone: "**July 2026** — …", "Q1 2026 —", or a line under a "Date" label. */
const dateOnly = new RegExp(String.raw`^\s*(?:On\s+)?(?<date>${realDate}|Q[1-4]\s+\d{4})\s*(?:—|–|--|-|·|,\s|\n|$)`, 'u');
/**
 * The city alone, as a press release dated elsewhere opens: "SAN FRANCISCO, CA — …",
 * "Bangkok, Thailand — Today …". A place and its region, then a long dash.
 */
const cityOnly = new RegExp(String.raw`^\s*(?<city>[\p{Lu}][\p{L}.'’ -]{1,30}?,\s*[\p{Lu}][\p{L}.'’ -]{1,25}?)\s*(?:—|–|--)\s*(?=\S)`, 'u');
/** "Location and date:", "Date:" and their kin in the languages prfaq reads: the dateline written as a labelled field. */
const datelineLabel = /^\s*(?:dateline|location|place|location\s+and\s+date|place\s+and\s+date|date|release\s+date|launch\s+date|data|data\s+e\s+local|local\s+e\s+data|fecha|fecha\s+y\s+lugar|lugar\s+y\s+fecha|datum|ort|ort\s+und\s+datum|lieu|lieu\s+et\s+date|date\s+et\s+lieu|日付|発表日|公開日|日期|发布日期|발표일|출시일|장소\s*및\s*(?:출시일|날짜|일자))\s*[:：]\s*/iu;

/** "FOR IMMEDIATE RELEASE", and its cousins "FOR WORLDWIDE RELEASE …": the line above the dateline, for editors. */
export const immediateRelease = /^\W*(?:for\s+(?:immediate|worldwide|global|public)\s+release\b|zur\s+sofortigen\s+veröffentlichung|pour\s+diffusion\s+immédiate|para\s+(?:publicación|publicação|divulgação)\s+imediata|para\s+publicación\s+inmediata|報道関係者(?:各位|の皆様)|即时发布|즉시\s*배포)/iu;

/** The dateline at `from` in `plain`, if the text there opens with one, in any of its usual forms. */
export function findDateline(plain: PlainText, from = 0): Dateline | undefined {
  // The label of a dateline written as a field, and the bracket around one written as a placeholder, are not the dateline.
  const label = datelineLabel.exec(plain.text.slice(from));
  const start = from + (label?.[0].length ?? 0);
  // "[Fargo, ND – March 13, 2026] —": a whole dateline in brackets, written rather than left to fill in.
  const bracketed = /^\s*\[(?=[^\]\n]{4,60}\]\s*(?:—|–|--))/.exec(plain.text.slice(start));
  const inBrackets = bracketed ? datelineAt(plain, start + bracketed[0].length, false) : undefined;
  if (inBrackets?.date && !inBrackets.dateIsPlaceholder) return inBrackets;
  return datelineAt(plain, start, label !== null);
}

function datelineAt(plain: PlainText, from: number, labelled: boolean): Dateline | undefined {
  const text = plain.text.slice(from);
  const match = pattern.exec(text);
  if (match?.groups) {
    const date = (match.groups.date ?? match.groups.placeholder ?? '').trim();
    return { ...plain.span(from, from + match[0].length), city: match.groups.city!.trim(), date, dateIsPlaceholder: match.groups.date === undefined };
  }
  const alone = dateOnly.exec(text);
  if (alone?.groups) return { ...plain.span(from, from + alone[0].length), city: '', date: alone.groups.date!.trim(), dateIsPlaceholder: false };
  // A bracket holding the city and the date both, "[City, Date] —", is a dateline left to fill in.
  const placeholder = /^\s*\[[^\]\n]{1,40}\]\s*(?:—|–|--)\s*/.exec(text);
  if (placeholder) return { ...plain.span(from, from + placeholder[0].length), city: '', date: placeholder[0].trim(), dateIsPlaceholder: true };
  // A field's value may be the place alone ("Location: Denver, CO"); elsewhere the place needs its long dash.
  const place = cityOnly.exec(text) ?? (labelled ? /^\s*(?<city>[^\n]{2,60}?)\s*$/mu.exec(text) : null);
  if (place?.groups) return { ...plain.span(from, from + place[0].length), city: place.groups.city!.trim(), date: '', dateIsPlaceholder: false };
  return undefined;
}
