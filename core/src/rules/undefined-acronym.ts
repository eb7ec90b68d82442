// Acronyms used before they are defined. A definition at first use, either
// "Service Level Agreement (SLA)" or "SLA (service level agreement)", clears
// every later use; common acronyms ("US", "FAQ", "API") need none. When the
// definition comes later in the document, the quick fix moves it to first use.
import { comparePositions } from '../model/placeholders';
import type { PrFaq, Range } from '../model/types';
import { commonAcronyms, notAcronyms } from './style/lexicon';
import { memoised, tunedList } from './style/phrase-list';
import { customerFacing, proseOf, rangeIn, type StyleBlock } from './style/prose-text';
import type { Fix, Rule, RuleFinding, StyleOptions } from './types';

/**
 * Two to six capitals ("&" allowed inside), with an optional plural "s". Codes with digits ("IPX6", "A320")
 * and names ending in "+" ("ANT+") are model numbers and standards, not acronyms to spell out.
 */
const acronymPattern = /(?<![\p{L}\p{N}&])([A-Z][A-Z&]*[A-Z])(s?)(?![\p{L}\p{N}&+])/gu;
const keywordVerb = /\b(?:repl(?:y|ies|ied|ying)|text(?:s|ed|ing)?|typ(?:e|es|ed|ing)|press(?:es|ed|ing)?|send(?:s|ing)?|sent|say(?:s|ing)?)\s+$/i;
const allowedFor = memoised((style: StyleOptions) => new Set(tunedList(commonAcronyms, style.allowedAcronyms)));
/** Small words an expansion may hold that have no letter in the acronym: "Department of Motor Vehicles". */
const linkWords = new Set(['of', 'and', 'for', 'the', 'to', 'in', 'on', 'a', '&']);

interface Use {
  acronym: string;
  /** As written, with a plural "s". */
  written: string;
  block: StyleBlock;
  start: number;
  end: number;
  range: Range;
  definition?: Definition;
}

interface Definition {
  expansion: string;
  /** The whole definition as written, "Service Level Agreement (SLA)", and where it stands. */
  start: number;
  end: number;
  expansionFirst: boolean;
}

export const undefinedAcronym: Rule = {
  id: 'undefined-acronym',
  // Information: reviewers agreed with 5 of 16 sampled findings on public PR/FAQs, most misses being product names the readers know.
  defaultSeverity: 'information',
  description: 'An acronym is used before it is defined ("Service Level Agreement (SLA)").',
  check(model, options) {
    const allowed = allowedFor(options.style);
    const byAcronym = new Map<string, Use[]>();
    for (const use of usesIn(model)) {
      if (allowed.has(use.acronym.toLowerCase()) || allowed.has(use.written.toLowerCase())) continue;
      const uses = byAcronym.get(use.acronym) ?? [];
      uses.push(use);
      byAcronym.set(use.acronym, uses);
    }
    const findings: RuleFinding[] = [];
    for (const [acronym, uses] of byAcronym) {
      const first = uses[0]!;
      if (first.definition) continue;
      const later = uses.find((use) => use.definition);
      const expansion = later?.definition?.expansion;
      const message = !later
        ? `"${acronym}" is never defined: write it out at its first use, as "Full Name (${acronym})", or use plain words instead.`
        : `"${acronym}" is used here but defined only later (line ${later.range.start.line + 1}): define it at its first use${expansion ? `, as "${expansion} (${acronym})"` : ''}.`;
      const finding: RuleFinding = { message, range: first.range };
      if (later && expansion) finding.fixes = [moveDefinition(first, later)];
      findings.push(finding);
    }
    return findings.sort((a, b) => comparePositions(a.range.start, b.range.start));
  },
};

function usesIn(model: PrFaq): Use[] {
  const skipped = [model.pressRelease?.dateline?.range, ...model.placeholders.map((placeholder) => placeholder.range)].filter((range): range is Range => range !== undefined);
  const uses: Use[] = [];
  for (const block of proseOf(model).blocks) {
    // A heading names things; the prose under it is where a reader needs the definition.
    if (block.prose.kind === 'heading') continue;
    // Acronyms trip up customers; the internal FAQ and the other parts are read by the team, who know its terms.
    if (!customerFacing(block.section)) continue;
    const bracketed = bracketedIntervals(block.prose.text);
    for (const sentence of block.sentences) {
      // An all-capitals heading ("PRESS RELEASE") is shouting, not acronyms.
      const capitals = sentence.words.filter((word) => /^[A-Z0-9&]+$/.test(word.text) && /[A-Z]{2}/.test(word.text)).length;
      if (sentence.words.length >= 2 && capitals / sentence.words.length > 0.5) continue;
      for (const match of sentence.text.matchAll(acronymPattern)) {
        const acronym = match[1]!;
        if (!/[A-Z].*[A-Z]/.test(acronym) || acronym.replace(/[^A-Z]/g, '').length > 6 || notAcronyms.has(acronym)) continue;
        const start = sentence.start + match.index;
        // "[CUSTOMER NAME]" is a placeholder; "VS Code" a name; "Portland, OR" a place; "FOR IMMEDIATE RELEASE" shouting.
        if (bracketed.some(([from, to]) => from <= start && start < to)) continue;
        // Part of an identifier or a file name: HDF5_PLUGIN_PATH, PLAN.md, src/API/.
        if (/[_/]$/.test(sentence.text.slice(0, match.index)) || /^(?:_|\.[a-z]|\/)/.test(sentence.text.slice(match.index + match[0].length))) continue;
        const after = sentence.text.slice(match.index + match[0].length);
        const before = sentence.text.slice(0, match.index);
        if (/^\s+\p{Lu}\p{Ll}/u.test(after) && /^(?:VS|MS|GE|HP|LG)$/.test(acronym)) continue;
        if (acronym.length === 2 && /\p{Lu}[\p{L}.'’-]+,\s*$/u.test(before)) continue;
        if (/\b[A-Z]{2,}[\s-]+$/.test(before) || /^[\s-]+[A-Z]{2,}\b/.test(after)) continue;
        // "replies STOP", "type HELP": a keyword the customer sends, not an acronym.
        if (keywordVerb.test(sentence.text.slice(Math.max(0, match.index - 12), match.index))) continue;
        const end = start + match[0].length;
        const range = rangeIn(block.prose, start, end);
        if (skipped.some((skip) => comparePositions(skip.start, range.start) <= 0 && comparePositions(range.end, skip.end) <= 0)) continue;
        const use: Use = { acronym, written: match[0], block, start, end, range };
        const definition = definitionAt(block.prose.text, start, end, acronym);
        if (definition) use.definition = definition;
        uses.push(use);
      }
    }
  }
  return uses;
}

/** Stretches inside square brackets: placeholders and link texts left for later. */
function bracketedIntervals(text: string): Array<[number, number]> {
  return [...text.matchAll(/\[[^\]\n]{0,80}\]/g)].map((match) => [match.index, match.index + match[0].length]);
}

/** "Service Level Agreement (SLA)" or "SLA (service level agreement)" around the use at start–end. */
function definitionAt(text: string, start: number, end: number, acronym: string): Definition | undefined {
  const after = /^\s*\(([^()\n]{3,80})\)/.exec(text.slice(end));
  if (after && /\s/.test(after[1]!.trim())) return { expansion: after[1]!.trim(), start, end: end + after[0].length, expansionFirst: false };
  const windowStart = Math.max(0, start - 3);
  const opens = /\(\s*$/.exec(text.slice(windowStart, start));
  const closes = /^(?:\s*\d+)?\s*[),;]/.test(text.slice(end, end + 6));
  if (!opens || !closes) return undefined;
  const parenthesis = windowStart + opens.index;
  const expansionStart = expansionBefore(text, parenthesis, acronym);
  const expansion = expansionStart === undefined ? '' : text.slice(expansionStart, parenthesis).trim();
  const close = text.indexOf(')', end);
  return { expansion, start: expansionStart ?? parenthesis, end: close >= 0 ? close + 1 : end, expansionFirst: true };
}

/** Where the words before `end` start whose initials spell the acronym, if they do. */
function expansionBefore(text: string, end: number, acronym: string): number | undefined {
  const letters = acronym.replace(/[^A-Z]/g, '').toLowerCase();
  const words = [...text.slice(0, end).matchAll(/[\p{L}&][\p{L}'’-]*/gu)];
  let needed = letters.length - 1;
  for (let index = words.length - 1; index >= 0 && needed >= 0; index--) {
    const word = words[index]![0].toLowerCase();
    // "Non-Disclosure Agreement (NDA)": each part of a hyphenated word may give a letter.
    const initials = word.split('-').map((part) => part[0] ?? '').join('');
    if (initials.length > 1 && letters.slice(needed - initials.length + 1, needed + 1) === initials) needed -= initials.length;
    else if (word[0] === letters[needed]) needed--;
    else if (!linkWords.has(word)) return undefined;
    if (needed < 0) return words[index]!.index;
  }
  return undefined;
}

/** Write the later definition at the first use, and the bare acronym where the definition was. */
function moveDefinition(first: Use, later: Use): Fix {
  const definition = later.definition!;
  const defined = definition.expansionFirst ? `${definition.expansion} (${first.written})` : `${first.written} (${definition.expansion})`;
  return {
    title: `Define "${first.acronym}" here: "${defined}"`,
    edits: [
      { range: first.range, newText: defined },
      { range: rangeIn(later.block.prose, definition.start, definition.end), newText: later.written },
    ],
    safe: false,
  };
}
