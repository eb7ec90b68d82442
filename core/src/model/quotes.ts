// Quotations in a press release, who said them, and whether that is the
// company's leader or a customer.
import type { PlainText } from './plain-text';
import type { QuoteRole, Speaker, TextSpan } from './types';

export interface QuoteCandidate extends TextSpan {
  speaker?: Speaker;
  /** Who said it, when the text describes rather than names them: "said the first user". */
  saidBy?: string;
}

/** A quoted passage of at least this many words is a quotation, not a scare quote. */
const minimumQuotedWords = 5;
/** Quotation marks of English, German („…“), French and Russian («…»), and Japanese (「…」, 『…』). */
const quoted = /[“"„«「『]([^”"“»」』]+)[”"“»」』]/g;
/** Scripts written without spaces, where a quotation is long by its characters, not its words. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const honorific = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?`;
const nameWord = String.raw`[A-Z][\p{L}'’-]+\.?`;
const name = String.raw`(?:\[[^\]\n]{1,40}\]|${honorific}${nameWord}(?:\s+${nameWord}){1,3})`;
/** Verbs of saying, in the languages prfaq reads. */
const verbs = String.raw`(?:said|says|explained|explains|added|adds|noted|notes|commented|shared|shares|recalls|recalled|sagte|sagt|erklärte|erklärt|betont|betonte|meint|meinte|dit|déclare|explique|ajoute|affirme|declaró|dijo|dice|afirma|explica|comenta|cuenta|disse|diz|conta|сказал|сказала|отметил|отметила)`;
/** Articles a described speaker opens with: "said a customer", "diz o arquiteto", "sagt eine Nutzerin". */
const articles = String.raw`(?:an?|the|one|our|their|its|o|a|um|uma|el|la|un|una|der|die|das|ein|eine|le|une)`;
const notNames = /^(?:The|A|An|Our|Their|This|That|One|Every|Each|Its|His|Her)\b/;
const attributionPatterns = [
  // "said founder Wes Eklund", "said early user Alex Rivera": a role in lower case may stand before the name.
  new RegExp(String.raw`${verbs}\s+(?:(?:[a-z][\p{Ll}-]*|co-founder)\s+){0,3}(?<name>${name})(?:,\s*(?<title>[^”"\n]+?))?\s*(?=[.”"]|$)`, 'u'),
  // "explained Simon.", "said Maz, principal architect", "added Sarasvati": one name, right after the verb.
  new RegExp(String.raw`${verbs}\s+(?<name>${nameWord})(?:,\s*(?<title>[^”"\n]+?))?\s*(?=[.”"]|$)`, 'u'),
  new RegExp(String.raw`(?<name>${name})(?:,\s*(?<title>[^,”"\n]{3,80}),)?\s+${verbs}\b`, 'u'),
  new RegExp(String.raw`(?:^|\n)\s*(?:—|–|--|-)\s*(?<name>${name})(?:,\s*(?<title>[^\n]+?))?\s*$`, 'mu'),
  new RegExp(String.raw`according to\s+(?<name>${name})(?:,\s*(?<title>[^”"\n]+?))?\s*(?=[.”"]|$)`, 'u'),
  // 「…」— 田中 花子（ある町の店主）: a dash, then a name in a script without capitals, right after the quotation.
  new RegExp(String.raw`(?:^|[\s」』])(?:—|–|--|―)\s*(?<name>[^\s\n(（、,—–]{2,20}(?:\s[^\s\n(（、,—–]{1,20})?)\s*(?:[(（,，]\s*(?<title>[^)）\n]{1,80})[)）]?)?\s*$`, 'mu'),
];

/** A quotation in `plain` (from `from`), as one candidate covering the whole paragraph or block. */
export function findQuote(plain: PlainText, from: number, isBlockquote: boolean): QuoteCandidate | undefined {
  const text = plain.text.slice(from);
  const passages = [...text.matchAll(quoted)].filter((match) => {
    const passage = match[1]!.trim();
    // 「…」 also marks a term or a thought in Japanese prose: only a paragraph that opens with it, or says who said it, is a quotation.
    if (unspaced.test(passage)) return passage.length >= 4 * minimumQuotedWords && (/^\s*[「『]/.test(text) || /[」』]\s*と(?:、|\s)*(?:\S{0,20}?)(?:述べ|語|話|言|説明)/.test(text));
    return passage.split(/\s+/).length >= minimumQuotedWords;
  });
  if (passages.length === 0 && !isBlockquote) return undefined;
  if (passages.length === 0 && !/^\s*[“"„«「『]/.test(text)) return undefined;
  const span = plain.span(from);
  const speaker = findSpeaker(plain, from, text);
  if (speaker) return { ...span, speaker };
  const outside = text.replace(quoted, (passage) => ' '.repeat(passage.length));
  // Mid-sentence quotation marks with nobody saying them hold a label, a title or an example ("questions like "…""): not a quotation.
  if (!isBlockquote && !/^\s*[“"„«「『]/.test(text) && !saidVerb.test(outside)) return undefined;
  const saidBy = describedSpeaker.exec(outside)?.[1]?.trim();
  return saidBy ? { ...span, saidBy } : span;
}

const saidVerb = new RegExp(String.raw`\b${verbs}\b|according to|[」』]\s*と`, 'iu');
/** "said a spokesperson", "says the first user": a speaker described, not named. */
const describedSpeaker = new RegExp(String.raw`\b${verbs}\s+(${articles}\s+[\p{Ll}\s-]{2,40}?)(?=[.,;:)”"]|$)`, 'u');

function findSpeaker(plain: PlainText, from: number, text: string): Speaker | undefined {
  // Attributions sit outside the quotation marks; blank the quoted words out so "says" inside a quote is not taken.
  const outside = text.replace(quoted, (passage) => ' '.repeat(passage.length));
  for (const attribution of attributionPatterns) {
    const match = attribution.exec(outside);
    // A full stop after the last name ends the sentence; after an initial ("J.") it belongs to the name.
    const speakerName = match?.groups?.name?.replace(/(\p{L}{2,})\.$/u, '$1');
    if (!match || !speakerName || notNames.test(speakerName)) continue;
    const nameStart = from + match.index + match[0].indexOf(speakerName);
    const title = (match.groups!.title ?? '').trim().replace(/[.,;]+$/, '');
    const end = title ? from + match.index + match[0].indexOf(title, match[0].indexOf(speakerName)) + title.length : nameStart + speakerName.length;
    return { ...plain.span(nameStart, end), name: speakerName.trim(), title };
  }
  return undefined;
}

const executiveTitle =
  /\b(?:CEO|CTO|COO|CFO|CMO|CPO|CIO|chief|president|vice president|VP|SVP|EVP|general manager|GM|director|head of|founder|co-founder|cofounder|chair|partner at|principal|product (?:lead|manager|owner)|managing director|commissioner|secretary|mayor)\b/i;
const customerTitle =
  /^(?:an?\s|the\s+owner)|\b(?:customer|user|client|owner of|member|parent|patient|resident|student|teacher|nurse|driver|shopper|subscriber|participant|tester|early adopter|homeowner|who\s)\b/i;

/** Decides leader or customer for each quote, in document order. */
export function assignRoles(candidates: QuoteCandidate[], company: string | undefined, labelled: Map<QuoteCandidate, QuoteRole>): QuoteRole[] {
  let leaderSeen = [...labelled.values()].includes('leader');
  const speakers: Array<{ names: string[]; role: QuoteRole }> = [];
  return candidates.map((candidate) => {
    const role = labelled.get(candidate) ?? sameSpeaker(speakers, candidate.speaker?.name) ?? roleByTitle(candidate.speaker?.title ?? candidate.saidBy ?? '', company, leaderSeen);
    if (role === 'leader') leaderSeen = true;
    if (candidate.speaker) speakers.push({ names: candidate.speaker.name.split(/\s+/), role });
    return role;
  });
}

/** The title decides; the order breaks a tie (the leader usually speaks first). */
function roleByTitle(title: string, company: string | undefined, leaderSeen: boolean): QuoteRole {
  let leader = 0;
  let customer = 0;
  if (company && title.toLowerCase().includes(company.toLowerCase())) leader += 3;
  if (executiveTitle.test(title)) leader += 2;
  if (customerTitle.test(title)) customer += 2;
  if (/\bin\s+[A-Z]|,\s*[A-Z]{2}$/.test(title)) customer += 1;
  if (leaderSeen) customer += 1;
  else leader += 1;
  return leader > customer ? 'leader' : 'customer';
}

/** "…," added Sarasvati: the surname of someone quoted before speaks in the same role. */
function sameSpeaker(speakers: Array<{ names: string[]; role: QuoteRole }>, name: string | undefined): QuoteRole | undefined {
  if (!name || name.includes(' ')) return undefined;
  return speakers.find((speaker) => speaker.names.length > 1 && speaker.names.includes(name))?.role;
}

/** The organisation making the announcement: "Harbor Health Software today launched …". */
export function announcingCompany(summaryText: string): string | undefined {
  const match = /(?:^|[—–-]\s*)((?:[A-Z][\p{L}&'’.-]*\s+){0,4}[A-Z][\p{L}&'’.-]*)\s+(?:today\s+|this\s+week\s+)?(?:announced|launched|introduced|unveiled|released|opened|launches|announces|introduces|is\s+launching|began|starts|started)\b/u.exec(summaryText);
  return match?.[1]?.trim();
}

/** A paragraph, heading or line of a press release, as the speaker search sees its neighbours. */
export interface QuoteNeighbour {
  plain: PlainText;
  from: number;
  isHeading: boolean;
  isEmphasised: boolean;
  /** Names a press-release part ("### Customer quote"): a label, not a speaker. */
  isPartLabel: boolean;
}

/** "— Jane Doe, harbour master in Kiel" or "*— Director of Data*" on the line after a quotation. */
const attributionLine = /^\s*(?:—|–|--|―|~)+\s*(?<name>[^,\n(（]{2,60}?)\s*(?:[,(（]\s*(?<title>[^)）\n]{1,100}?))?[)）]?\s*$/u;

/**
 * The speaker of a quotation that names nobody in its own paragraph, from the
 * paragraphs around it: an attribution line right after it, or a short heading
 * or bold line right before it that describes who speaks ("**A café owner in
 * Kiel**", "#### The development team"). Undefined when neither is there.
 */
export function speakerBeside(before: QuoteNeighbour | undefined, after: QuoteNeighbour | undefined): Pick<QuoteCandidate, 'speaker' | 'saidBy'> | undefined {
  if (after && !after.isHeading) {
    const text = after.plain.text.slice(after.from);
    const match = attributionLine.exec(text);
    if (match?.groups && text.trim().split(/\s+/).length <= 20) {
      const name = match.groups.name!.trim();
      const nameStart = after.from + text.indexOf(name);
      const title = (match.groups.title ?? '').trim();
      const end = title ? after.from + text.indexOf(title, text.indexOf(name)) + title.length : nameStart + name.length;
      return { speaker: { ...after.plain.span(nameStart, end), name, title } };
    }
  }
  if (before && (before.isHeading || before.isEmphasised) && !before.isPartLabel) {
    const text = before.plain.text.slice(before.from).trim();
    const short = unspaced.test(text) ? text.length <= 60 : text.split(/\s+/).length <= 12;
    if (short && !/[?？]$/.test(text) && !new RegExp(quoted.source).test(text)) return { saidBy: text };
  }
  return undefined;
}
