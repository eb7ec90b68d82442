// The dateline that opens a press release summary: "SEATTLE, WA — June 1, 2027 —".
import type { PlainText } from './plain-text';
import type { Dateline } from './types';

const month = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** German month names, and the day written "3." before them. */
const monat = String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)`;
const otherDates = String.raw`(?:(?:\d{1,2}\.\s*)?${monat}\s+\d{4}|\d{1,2}\s+de\s+\p{L}+,?\s+(?:de\s+)?\d{4}|\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}년\s*(?:\d{1,2}월(?:\s*\d{1,2}일)?|\d분기))`;
const realDate = String.raw`(?:${month}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${month},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|${month},?\s+\d{4}|${otherDates})`;
const placeholderDate = String.raw`(?:\[[^\]\n]{1,40}\]|\{[^}\n]{1,40}\}|TBD|TBC|XX+(?:[/ ,.-]+XX+)*|${month}\s+X+,?\s+(?:\d{4}|X+)|(?:Month|MM)\b[^—–\n]{0,20})`;
const city = String.raw`(?:\[[^\]\n]{1,30}\](?:,\s*\[[^\]\n]{1,30}\])?|[\p{Lu}\p{Lo}][\p{L}.'’ -]{1,40}?(?:,\s*[\p{Lu}\p{Lo}][\p{L}.'’ -]{1,30}?){0,2})`;
const dash = String.raw`(?:—|–|--|-|:)`;
const pattern = new RegExp(
  String.raw`^\s*(?<city>${city})\s*(?:\([^)\n]{1,40}\)\s*)?(?:${dash}|,)\s*(?:\(?[A-Z][\p{L} ]{1,30}\)?\s*${dash}\s*)?(?:(?<date>${realDate})|(?<placeholder>${placeholderDate}))\s*(?:${dash}|,|\.|$)`,
  'u',
);
/** Online launches often open with the date alone: "**July 2026** — …", "Q1 2026 —", or a line under a "Date" label. */
const dateOnly = new RegExp(String.raw`^\s*(?<date>${realDate}|Q[1-4]\s+\d{4})\s*(?:—|–|--|-|$)`, 'u');

/** "FOR IMMEDIATE RELEASE", and its cousins "FOR WORLDWIDE RELEASE …": the line above the dateline, for editors. */
export const immediateRelease = /^\W*for\s+(?:immediate|worldwide|global|public)\s+release\b/i;

/** The dateline at `from` in `plain`, if the text there opens with one. */
export function findDateline(plain: PlainText, from = 0): Dateline | undefined {
  const text = plain.text.slice(from);
  const match = pattern.exec(text);
  if (!match?.groups) {
    const alone = dateOnly.exec(text);
    if (!alone?.groups) return undefined;
    return { ...plain.span(from, from + alone[0].length), city: '', date: alone.groups.date!.trim(), dateIsPlaceholder: false };
  }
  const date = (match.groups.date ?? match.groups.placeholder ?? '').trim();
  const span = plain.span(from, from + match[0].length);
  return {
    ...span,
    city: match.groups.city!.trim(),
    date,
    dateIsPlaceholder: match.groups.date === undefined,
  };
}
