// What a heading's words say about the part under it. Heading words are one
// signal among several: the recogniser also reads content and position. Real
// documents name parts in many ways ("External FAQ (Customer / Adopter)",
// "Working Backwards", "PRESS RELEASE", "Pressemitteilung", "よくある質問"),
// and writers can add their own names (`prfaq.sections`).
import type { SectionKind } from './types';

/**
 * What a heading names. `faq` is a FAQ that does not say whose questions it
 * holds; `prfaq` names the whole document or a container of its parts
 * ("PR/FAQ", "Working Backwards"), which often holds the press release.
 */
export type HeadingRole = SectionKind | 'faq' | 'prfaq';

/** Extra heading names per part, from settings: `{ "internal-faq": ["Kundenfragen intern"] }`. */
export type SectionNames = Partial<Record<HeadingRole, string[]>>;

export interface HeadingName {
  role: HeadingRole;
  /** A name that may also mean something else ("Vision", "Announcement"): content must agree. */
  weak: boolean;
}

const faqWords = String.raw`(?:faqs?|f\.a\.q\.?|frequently asked questions|questions(?:\s+(?:and|&)\s+answers)?|q\s*&\s*a|q\s*and\s*a|perguntas|preguntas|fragen|вопросы)`;
const internalWords = String.raw`(?:intern(?:al|e|a|as|o|os)?|stakeholders?|business|technical|tech|engineering|team|skeptics?|sceptics?|leadership|company|investor)`;
const customerWords = String.raw`(?:customers?|extern(?:al|e|a|as|o|os)?|consumidor(?:es)?|clientes?|usuarios?|utilisateurs?|public|users?|adopters?|buyers?|clients?|press)`;

/**
 * "PR/FAQ", "Working Backwards", "Press Release / FAQ": a container when the
 * heading is the name, starts with it ("PR/FAQ: Ailly") or ends with it
 * ("Tuna OS PR-FAQ", "Dear Oracle — PRFAQ v0.8"); a heading that only mentions
 * it ("Open questions this PRFAQ surfaces") names nothing.
 */
const prfaqName = String.raw`(?:pr\s*\/\s*faqs?|prfaqs?|pr[\s-]+faqs?|working\s+backwards?|press[\s-]*releases?\s*(?:\/|&|\+|and|und)\s*(?:faqs?|frequently asked questions))`;
const prfaqContainer = new RegExp(String.raw`^${prfaqName}\b|\b${prfaqName}(?:\s+(?:document|doc|draft|template|v?\d[\w.]*))?(?:\s*\([^)]*\))?$`, 'i');

const patterns: Array<[HeadingRole, RegExp, boolean]> = [
  ['prfaq', prfaqContainer, false],
  ['press-release', /\bpress[\s-]*releases?\b|\bpressemitteilung\b|\bpressemeldung\b|プレスリリース|보도\s*자료|пресс-?\s*релиз|\bcommuniqu[ée] de presse\b|\bcomunicado de prensa\b|\bnota de prensa\b|\bcomunicato stampa\b|\bpersbericht\b/iu, false],
  ['press-release', /^(?:the\s+)?(?:future\s+)?(?:intended\s+)?(?:product\s+|launch\s+)announcement$|^(?:the\s+)?announcement$/i, false],
  ['internal-faq', new RegExp(String.raw`\b${internalWords}\b.*\b${faqWords}|\b${faqWords}\b.*\b${internalWords}\b|^(?=.*(?:社内|内部|내부|внутренн))(?=.*(?:faq|質問|问题|질문|вопрос|q&a))`, 'iu'), false],
  ['customer-faq', new RegExp(String.raw`\b${customerWords}\b.*\b${faqWords}|\b${faqWords}\b.*\b${customerWords}\b|^(?=.*(?:顧客|お客様|ユーザー|利用者|外部|客户|用户|고객|외부|사용자|клиент|пользовател|внешн|kunden))(?=.*(?:faq|質問|问题|질문|вопрос|fragen|q&a))`, 'iu'), false],
  ['faq', new RegExp(String.raw`^\s*${faqWords}\s*(?:\([^)]*\))?\s*$|常见问题|よくある(?:ご)?質問|자주\s*묻는|часто\s+задаваемые|вопросы\s+и\s+ответы|^\s*(?:häufige\s+fragen|fragen(?:\s+und\s+antworten)?|foire aux questions|preguntas frecuentes)\s*$`, 'iu'), false],
  ['success-metrics', /\b(?:success\s+)?metrics\b|\bmeasures?\s+of\s+success\b|\bkpis?\b|\bhow\s+we\s+(?:will\s+)?measure\b|\bsuccess\s+criteria\b|\bkill\s+criteria\b|\bkennzahlen\b|指標|지표|метрики/iu, false],
  ['tenets', /\btenets?\b/i, false],
  ['visuals', /\b(?:visuals?|mock-?ups?|wireframes?|sketches)\b/i, false],
  ['appendix', /\bappendi(?:x|ces)\b|\banhang\b|付録|부록|приложение/iu, false],
  ['stage-notes', /\b(?:listen|define|invent|refine|test\s*(?:&|and)\s*iterate)\b.*\b(?:stage|notes?)\b|\bstage\s+notes?\b/i, false],
  ['press-release', /^(?:the\s+)?(?:vision|launch|the\s+pitch)$/i, true],
];

/** The heading without its numbering, emphasis marks and emoji: "Part 2 — FAQ", "3. FAQs 💬" → "FAQ", "FAQs". */
export function normaliseHeading(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ' ')
    .replace(/[*_`#]+/g, ' ')
    .replace(/^\s*(?:part|section|step|teil|chapter)\s+[\dIVX]+\s*[.:)—–-]*\s*/i, '')
    .replace(/^\s*(?:[\dIVX]+|[A-Z])\s*[.:)—–-]\s+/, '')
    .replace(/[\s:.!—–-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const longHeadingWords = 8;

/** What a heading's words name, or undefined when they name no part. */
export function headingName(text: string, custom: SectionNames = {}): HeadingName | undefined {
  const normalised = normaliseHeading(text);
  const lower = normalised.toLowerCase();
  for (const [role, names] of Object.entries(custom) as Array<[HeadingRole, string[]]>) {
    if (names.some((name) => normaliseHeading(name).toLowerCase() === lower)) return { role, weak: false };
  }
  // "Open questions" and "Questions for reviewers" are lists, not a FAQ.
  if (/^(?:open|unresolved|remaining|outstanding)\s+questions\b|\bquestions\s+for\b/i.test(normalised)) return undefined;
  // A heading as long as a sentence is a headline ("… Eliminating iOS Metrics Headaches"): only its opening words can name a part ("Press Release: …").
  const words = normalised.split(/\s+/);
  const probe = words.length > longHeadingWords ? words.slice(0, 4).join(' ') : normalised;
  for (const [role, pattern, weak] of patterns) {
    if (pattern.test(probe)) return { role, weak };
  }
  return undefined;
}

/** The part kind a name stands for in the model: a FAQ that does not say whose questions it holds counts as the customer FAQ. */
export function kindOfRole(role: HeadingRole): SectionKind {
  if (role === 'faq') return 'customer-faq';
  if (role === 'prfaq') return 'press-release';
  return role;
}

const audienceOnly = new RegExp(String.raw`^\s*(?:(?<internal>${internalWords})|(?<customer>${customerWords}))(?:\s*(?:[/&,(]|and|or)\s*(?:${internalWords}|${customerWords})\)?)*\s*$`, 'i');

/**
 * Inside a FAQ, a sub-heading that names only an audience ("Skeptics /
 * Stakeholders", "Customers") splits it into the customer and internal FAQs.
 */
export function audienceOf(text: string): 'customer-faq' | 'internal-faq' | undefined {
  const match = audienceOnly.exec(normaliseHeading(text));
  if (!match?.groups) return undefined;
  return match.groups.internal ? 'internal-faq' : 'customer-faq';
}

export function isFaqRole(role: HeadingRole | undefined): role is 'faq' | 'customer-faq' | 'internal-faq' {
  return role === 'faq' || role === 'customer-faq' || role === 'internal-faq';
}
