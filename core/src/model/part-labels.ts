// Labels writers put on press-release parts, as headings ("### The problem")
// or run-in labels ("**The problem.** …", "Problem: …"), mapped to the part
// they name. The model reads them here, and the page leaves them out (labels
// are for writers, not readers) by the same reading.
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

export type LabelledPart =
  | 'headline'
  | 'subheading'
  | 'summary'
  | 'problem'
  | 'solution'
  | 'leader-quote'
  | 'getting-started'
  | 'customer-quote'
  | 'call-to-action';

const labels: Array<[LabelledPart, RegExp]> = [
  ['headline', /^(?:the\s+)?(?:headline|title)$/],
  ['subheading', /^(?:the\s+)?(?:sub-?headings?|sub-?headlines?|sub-?titles?|subhead|deck)$/],
  ['summary', /^(?:the\s+)?(?:summary|intro|introduction|opening|overview|summary paragraph|lede|lead paragraph)$/],
  ['problem', /^(?:the\s+)?(?:customer\s+)?(?:problem|pain|pain points?|challenge|opportunity|problem statement)$/],
  ['solution', /^(?:the\s+)?(?:solution|product|what it does|how we solve it)$/],
  ['leader-quote', /^(?:the\s+)?(?:leader|leadership|company|spokesperson|executive|internal|exec|ceo|founder)\s+quotes?$|^quote from (?:the\s+)?(?:leader|company|spokesperson)$/],
  ['getting-started', /^(?:the\s+)?(?:getting started|how to get started|how it works|how the product works|how to start|how to begin|get started)$/],
  ['customer-quote', /^(?:the\s+)?(?:customer|user|external)\s+(?:quotes?|testimon(?:y|ies|ials?))$|^testimon(?:y|ies|ials?)$|^quote from (?:a\s+)?customer$/],
  ['call-to-action', /^(?:the\s+)?(?:call to action|cta|next steps?|where to get it|how to get it|learn more|availability|closing)$/],
  // The same labels in German, Portuguese, Spanish, Russian, Japanese and Korean.
  ['headline', /^(?:überschrift|schlagzeile|título|titular|заголовок|見出し|タイトル|제목|헤드라인)$/u],
  ['subheading', /^(?:unterüberschrift|untertitel|sous-titre|subtítulo|подзаголовок|小見出し|サブタイトル|サブ見出し|副見出し|副題|タグライン|副标题|부제목|부제|tagline)$/u],
  ['summary', /^(?:zusammenfassung|resumo|resumen|резюме|概要|要約|요약|개요|오프닝(?: 문단)?|도입(?: 문단)?)$/u],
  ['problem', /^(?:(?:das|o|el)\s+)?(?:problem|problema)$|^(?:проблема|課題|問題|문제(?: 정의)?)$/u],
  ['solution', /^(?:(?:die|a|la)\s+)?(?:lösung|solução|solución)$|^(?:решение|解決策|ソリューション|해결책|해결 방법|솔루션)$/u],
  ['leader-quote', /^(?:citação do líder|cita del líder|zitat der geschäftsführung|цитата руководителя|リーダーの(?:声|コメント)|리더 인용(?:문)?|ceo 인용(?:문)?|대표 인용(?:문)?)$/u],
  ['getting-started', /^(?:erste schritte|so geht'?s los|como começar|experiência do usuário|cómo empezar|начало работы|как начать)$|(?:始めるには|始め方|はじめかた|使い方)$|^(?:시작하기|시작 방법|제품 사용 방식)$/u],
  ['customer-quote', /^(?:citação do cliente|cita del cliente|kundenstimmen?|kundenzitat|отзыв клиента|(?:お客様|顧客|利用者)の声|고객 (?:인용(?:문)?|후기))$/u],
  ['call-to-action', /^(?:chamada para (?:ação|acao)|llamada a la acción|verfügbarkeit|призыв к действию|提供開始|今すぐ(?:試す|使う)|지금 시작하기|마무리(?: 문단)?)$/u],
];

/** The part a label names, or undefined for any other text. */
export function partOfLabel(label: string): LabelledPart | undefined {
  const normalised = label
    .toLowerCase()
    .replace(/[*_`:.!\u2014\u2013-]+\s*$/u, '')
    .replace(/^[\s#*_]+/, '')
    .replace(/[*_\s]+$/, '')
    .replace(/\s+(?:paragraph|section|part)$/, '')
    // "Customer quote 2": the number orders the parts, it does not name one.
    .replace(/\s+\d+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [part, pattern] of labels) {
    if (pattern.test(normalised)) return part;
  }
  return undefined;
}

/** A paragraph's opening run-in label in bold or italics ("**The problem.** …"): the part its first child names. */
export function emphasisedRunIn(paragraph: Paragraph): LabelledPart | undefined {
  const first = paragraph.children[0];
  return first && (first.type === 'strong' || first.type === 'emphasis') ? partOfLabel(toString(first, { includeImageAlt: false })) : undefined;
}

/** A run-in label in plain text ("Problem: …"): the part it names, and how many characters the label and its separator take. */
export function plainRunIn(text: string): { label: LabelledPart; length: number } | undefined {
  const plain = /^([A-Z][A-Za-z -]{2,30}?)\s*[:—–]\s+/.exec(text);
  const label = plain ? partOfLabel(plain[1]!) : undefined;
  return label && plain ? { label, length: plain[0].length } : undefined;
}

/** The punctuation and space between an emphasised label and the text after it. */
export const runInSeparator = /^[\s:.—–-]*/;
