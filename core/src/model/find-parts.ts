// Finds the PR/FAQ's parts the way a reviewer does: reads the heading tree,
// names each section from its heading words, and where the words say nothing
// (a title that is the headline, a press release with no heading, "Working
// Backwards") reads the content: a dateline, an announcement, quotations.
// An umbrella FAQ passes its audience down to its sub-sections; topic groups
// inside a FAQ stay in it. Every part says why it was taken and how sure that is.
import type { Heading, RootContent } from 'mdast';
import { opensQuestion } from './faq';
import { otherArtifactsNamed } from './artifacts';
import { audienceOf, headingName, isFaqRole, kindOfRole, type HeadingName, type SectionNames } from './heading-names';
import { blocksOfNode, blocksUnder, descendants, outlineOf, type OutlineNode } from './outline';
import { partOfLabel } from './part-labels';
import { plainTextOf } from './plain-text';
import { immediateRelease } from './dateline';
import { describeEvidence, judgePressRelease, pressReleaseEvidence } from './press-release-evidence';
import { finishSection, type SectionWithBlocks } from './section-blocks';
import type { SourceText } from './source';
import type { SectionKind, SectionRecognition, TextSpan } from './types';
import { countWords, listInWords } from './words';

export interface Recognised {
  /** The document's title heading, when it is not also the headline. */
  title?: TextSpan;
  /** Blocks before the first part that no part holds: badges, an introduction. */
  preamble: RootContent[];
  /** The parts in document order. */
  parts: SectionWithBlocks[];
}

interface Piece {
  kind: SectionKind;
  /** The part's own heading; missing when the part starts without one (its first block may be the headline). */
  heading?: Heading;
  title: string;
  blocks: RootContent[];
  recognition: SectionRecognition;
  combined?: true;
}

class Recogniser {
  readonly pieces: Piece[] = [];
  readonly preamble: RootContent[] = [];
  title?: TextSpan;
  private readonly root: OutlineNode;
  /** A heading somewhere names the press release: content alone then never makes one. */
  private readonly pressReleaseNamed: boolean;
  private readonly names = new Map<OutlineNode, HeadingName | undefined>();

  constructor(
    blocks: RootContent[],
    private readonly source: SourceText,
    private readonly custom: SectionNames,
  ) {
    this.root = outlineOf(blocks, source);
    for (const node of descendants(this.root)) this.names.set(node, headingName(node.text, custom));
    this.pressReleaseNamed = [...this.names.values()].some((name) => name?.role === 'press-release' && !name.weak);
  }

  run(): void {
    this.container(this.root);
    this.attachStrayQuestions();
    this.splitCombinedFaq();
  }

  private nameOf(node: OutlineNode): HeadingName | undefined {
    return this.names.get(node);
  }

  /** A heading that names a part outright (not a container such as "PR/FAQ", not a weak name such as "Vision"). */
  private namesPart(node: OutlineNode): boolean {
    const name = this.nameOf(node);
    return name !== undefined && name.role !== 'prfaq' && !name.weak;
  }

  private holdsParts(node: OutlineNode): boolean {
    for (const below of descendants(node)) if (this.namesPart(below)) return true;
    return false;
  }

  /** Whether any heading below names something, a container ("PR/FAQ") or a weak name included. */
  private holdsNamed(node: OutlineNode): boolean {
    for (const below of descendants(node)) if (this.nameOf(below)) return true;
    return false;
  }

  private get pressReleaseFound(): boolean {
    return this.pieces.some((piece) => piece.kind === 'press-release');
  }

  /** The root, or a section whose sub-sections hold parts: what comes before the first part is its lead. */
  private container(node: OutlineNode): void {
    // A child named as a container ("Working Backwards") or weakly ("Vision") is read on its own, not folded into the lead.
    const first = node.children.findIndex((child) => this.nameOf(child) !== undefined || this.holdsNamed(child));
    if (first === -1) {
      if (node.heading) return this.leaf(node);
      // No part named anywhere: what stands before the first heading, then each top-level section, read on its own.
      this.lead(node, node.own);
      for (const child of node.children) this.section(child);
      return;
    }
    const lead = [...node.own, ...node.children.slice(0, first).flatMap(blocksOfNode)];
    this.lead(node, lead);
    for (const child of node.children.slice(first)) this.section(child);
  }

  private section(node: OutlineNode): void {
    const name = this.nameOf(node);
    if (name && isFaqRole(name.role)) return this.faq(node, name);
    if (name && !name.weak && name.role === 'press-release') {
      if (this.holdsParts(node)) return this.container(node);
      return this.push({ kind: 'press-release', heading: node.heading, title: node.text, blocks: blocksUnder(node), recognition: byHeading(node.text, 'the press release') });
    }
    if (name && !name.weak && name.role !== 'prfaq') {
      return this.push({ kind: kindOfRole(name.role), heading: node.heading, title: node.text, blocks: blocksUnder(node), recognition: byHeading(node.text, describeKind(kindOfRole(name.role))) });
    }
    if (this.holdsNamed(node)) return this.container(node);
    this.leaf(node);
  }

  /** A section with no part named beneath it: a press release if its name or content says so, else a part of its own. */
  private leaf(node: OutlineNode): void {
    this.lead(node, blocksUnder(node));
  }

  /**
   * The blocks of `node` before its first named part (or all of them): the
   * press release when the heading's name or the content says so and no
   * heading names one elsewhere; otherwise the title and preamble, or a part
   * of its own.
   */
  private lead(node: OutlineNode, lead: RootContent[]): void {
    const name = this.nameOf(node);
    const isTitle = this.isTitle(node);
    const hasProse = lead.some((block) => block.type === 'paragraph' || block.type === 'heading' || block.type === 'blockquote');
    if (name?.role === 'press-release' && !name.weak && (hasProse || !this.holdsParts(node))) {
      this.push({ kind: 'press-release', heading: node.heading, title: node.text, blocks: lead, recognition: byHeading(node.text, 'the press release') });
      return;
    }
    const evidence = pressReleaseEvidence(node.heading ? [node.heading, ...lead] : lead, this.source);
    const judged = judgePressRelease(evidence);
    const containerName = name?.role === 'prfaq' || (name?.role === 'press-release' && name.weak);
    // A likely press release must also stand where one goes: first, before any other part.
    const placed = this.pieces.length === 0;
    if (containerName && !judged && !this.pressReleaseNamed) {
      const artifacts = otherArtifactsNamed(lead, this.source);
      if (artifacts.length > 0 && node.heading) {
        const reason = `the heading "${node.text}" holds ${listInWords(artifacts)} instead of a press release`;
        this.push({ kind: 'other', heading: node.heading, title: node.text, blocks: lead, recognition: { by: 'heading', sure: true, reason, artifacts } });
        return;
      }
    }
    const isPressRelease = !this.pressReleaseNamed && !this.pressReleaseFound && hasProse && (judged === 'sure' || (judged === 'likely' && placed) || (containerName && placed));
    if (!isPressRelease) {
      if (!node.heading) this.preamble.push(...lead);
      else if (isTitle) {
        this.title = plainTextOf(node.heading, this.source).span();
        this.preamble.push(...lead);
      } else {
        this.push({ kind: 'other', heading: node.heading, title: node.text, blocks: lead, recognition: { by: 'heading', sure: false, reason: `the heading "${node.text}" names no PR/FAQ part` } });
      }
      return;
    }
    const why = describeEvidence(evidence);
    // A heading that only holds the press release ("Working Backwards", "PR/FAQ") is sure of it when the content shows one.
    const recognition: SectionRecognition = containerName
      ? { by: 'heading', sure: judged !== undefined, reason: `the heading "${node.text}" holds the press release${why ? ` (${why})` : ''}` }
      : { by: 'content', sure: judged === 'sure', reason: `its content reads as a press release: ${why || 'it comes first, before the FAQ'}` };
    if (!node.heading) {
      this.push({ kind: 'press-release', title: 'Press Release', blocks: lead, recognition });
      return;
    }
    if (containerName) {
      if (isTitle) {
        this.title = plainTextOf(node.heading, this.source).span();
        this.push({ kind: 'press-release', title: 'Press Release', blocks: lead, recognition });
      } else this.push({ kind: 'press-release', heading: node.heading, title: node.text, blocks: lead, recognition });
      return;
    }
    if (this.headingIsHeadline(node, lead, isTitle)) {
      this.push({ kind: 'press-release', title: 'Press Release', blocks: [node.heading, ...lead], recognition: { ...recognition, reason: `${recognition.reason}; its heading is the headline` } });
    } else if (isTitle) {
      this.title = plainTextOf(node.heading, this.source).span();
      this.push({ kind: 'press-release', title: 'Press Release', blocks: lead, recognition });
    } else {
      this.push({ kind: 'press-release', heading: node.heading, title: node.text, blocks: lead, recognition });
    }
  }

  /** The document's first heading, standing above everything else: its title, unless it is the headline. */
  private isTitle(node: OutlineNode): boolean {
    if (!node.heading || this.title || this.pieces.length > 0) return false;
    const firstHeading = this.root.children[0];
    const proseBefore = this.root.own.some((block) => block.type === 'paragraph' && plainTextOf(block, this.source).text.trim().length > 0 && !isBadgeLine(block));
    return node === firstHeading && !proseBefore;
  }

  /**
   * "# Ledgerly Closes the Books in Twenty Minutes" is a headline; "# Rebook"
   * above a bold headline line is a title. A heading is the headline when it
   * reads as a sentence (four words or more) and the lead does not open with
   * a headline and a subheading of its own.
   */
  private headingIsHeadline(node: OutlineNode, lead: RootContent[], isTitle: boolean): boolean {
    if (countWords(node.text) < 4) return false;
    if (!isTitle) return true;
    // "FOR IMMEDIATE RELEASE" under the title is for editors: the headline, if any, comes after it.
    const opening = lead.find((block) => block.type !== 'html' && block.type !== 'thematicBreak' && !(block.type === 'paragraph' && immediateRelease.test(plainTextOf(block, this.source).text) && countWords(plainTextOf(block, this.source).text) <= 4));
    if (!opening) return true;
    // A bold line or a heading of its own under the title is the headline; an italic line is the subheading.
    if (opening.type === 'heading') return partOfLabel(plainTextOf(opening, this.source).text) !== undefined;
    return !opensInBold(opening, this.source);
  }

  private faq(node: OutlineNode, name: HeadingName): void {
    const audiences = node.children.map((child) => {
      const childName = this.nameOf(child);
      if (childName?.role === 'customer-faq' || childName?.role === 'internal-faq') return childName.role;
      return audienceOf(child.text);
    });
    const firstSplit = audiences.findIndex((audience) => audience !== undefined);
    if (name.role !== 'faq' || firstSplit === -1) {
      const combined = name.role === 'faq';
      const piece: Piece = { kind: kindOfRole(name.role), heading: node.heading, title: node.text, blocks: blocksUnder(node), recognition: byHeading(node.text, combined ? 'a FAQ (no customer or internal split)' : describeKind(kindOfRole(name.role))) };
      if (combined) piece.combined = true;
      this.push(piece);
      return;
    }
    // An umbrella FAQ: its sub-sections are the customer and internal FAQs.
    const before = [...node.own, ...node.children.slice(0, firstSplit).flatMap(blocksOfNode)];
    const beforeFaq = node.children.slice(0, firstSplit).length > 0;
    this.push({
      kind: beforeFaq ? 'customer-faq' : 'other',
      heading: node.heading,
      title: node.text,
      blocks: before,
      recognition: { by: 'heading', sure: true, reason: `the heading "${node.text}" groups the FAQs below it` },
    });
    node.children.slice(firstSplit).forEach((child, index) => {
      const audience = audiences[firstSplit + index];
      if (audience) {
        this.push({ kind: audience, heading: child.heading, title: child.text, blocks: blocksUnder(child), recognition: { by: 'heading', sure: true, reason: `the heading "${child.text}" under "${node.text}" names ${describeKind(audience)}` } });
      } else if (this.namesPart(child)) {
        this.section(child);
      } else {
        // A topic group after a FAQ belongs to it.
        const previous = this.pieces[this.pieces.length - 1]!;
        previous.blocks.push(...blocksOfNode(child));
      }
    });
  }

  /**
   * A press release followed by questions and answers with no FAQ heading
   * between them ("## PRFAQ", a paragraph, then `**Q: …**` lines): the
   * questions are a FAQ of their own.
   */
  private push(piece: Piece): void {
    if (piece.kind === 'press-release') {
      const first = piece.blocks.findIndex((block) => opensQuestion(block, this.source));
      const questions = piece.blocks.filter((block) => opensQuestion(block, this.source)).length;
      if (first > 0 && questions >= 2) {
        const faqBlocks = piece.blocks.splice(first);
        // "## PRFAQ" heads both halves, so it is not the press release's own heading.
        if (piece.heading && headingName(piece.title, this.custom)?.role === 'prfaq') {
          delete piece.heading;
          piece.title = 'Press Release';
        }
        this.pieces.push(piece);
        this.pieces.push({ kind: 'customer-faq', title: 'FAQ', blocks: faqBlocks, combined: true, recognition: { by: 'content', sure: false, reason: `${questions} questions and answers follow the press release with no FAQ heading` } });
        return;
      }
    }
    this.pieces.push(piece);
  }

  /** A question heading that stands outside its FAQ (a heading level off) still belongs to the FAQ before it. */
  private attachStrayQuestions(): void {
    for (let index = 1; index < this.pieces.length; index++) {
      const piece = this.pieces[index]!;
      const previous = this.pieces[index - 1]!;
      if (piece.kind !== 'other' || !piece.heading || !isQuestionText(piece.title)) continue;
      if (previous.kind !== 'customer-faq' && previous.kind !== 'internal-faq') continue;
      previous.blocks.push(piece.heading, ...piece.blocks);
      this.pieces.splice(index, 1);
      index--;
    }
  }

  /** "## FAQ" beside an "## Internal FAQ" is the customer FAQ, not one for both. */
  private splitCombinedFaq(): void {
    if (!this.pieces.some((piece) => piece.kind === 'internal-faq')) return;
    for (const piece of this.pieces) {
      if (!piece.combined) continue;
      delete piece.combined;
      piece.recognition = { ...piece.recognition, reason: `${piece.recognition.reason}; with an internal FAQ beside it, it is the customer FAQ` };
    }
  }

  parts(): SectionWithBlocks[] {
    return this.pieces.map((piece) => {
      const firstBlock = piece.heading ?? piece.blocks[0];
      const startOffset = firstBlock?.position?.start.offset ?? 0;
      const headingEnd = piece.heading?.position?.end.offset ?? startOffset;
      const headingRange = this.source.rangeAt(startOffset, headingEnd);
      const part: SectionWithBlocks = {
        section: { kind: piece.kind, title: piece.title, depth: piece.heading?.depth ?? 0, headingRange, range: headingRange, wordCount: 0, recognition: piece.recognition },
        blocks: piece.blocks,
      };
      if (piece.heading) part.heading = piece.heading;
      if (piece.combined) part.section.combined = true;
      finishSection(part, this.source);
      return part;
    });
  }
}

export function recognise(blocks: RootContent[], source: SourceText, custom: SectionNames = {}): Recognised {
  const recogniser = new Recogniser(blocks, source, custom);
  recogniser.run();
  const result: Recognised = { preamble: recogniser.preamble, parts: recogniser.parts() };
  if (recogniser.title) result.title = recogniser.title;
  return result;
}

function byHeading(text: string, what: string): SectionRecognition {
  return { by: 'heading', sure: true, reason: `the heading "${text}" names ${what}` };
}

function describeKind(kind: SectionKind): string {
  switch (kind) {
    case 'press-release':
      return 'the press release';
    case 'customer-faq':
      return 'the customer FAQ';
    case 'internal-faq':
      return 'the internal FAQ';
    case 'success-metrics':
      return 'the success metrics';
    default:
      return `the ${kind.replace('-', ' ')}`;
  }
}

export function isQuestionText(text: string): boolean {
  return /[?？]\s*$/.test(text.trim()) || /^\s*Q\s*\d*[a-z]?\s*[:.)]/i.test(text);
}

/** A paragraph that opens with a bold line of its own: "**Ailly Energizes Prompt Testing**". */
function opensInBold(block: RootContent, source: SourceText): boolean {
  if (block.type !== 'paragraph') return false;
  const first = block.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (first?.type !== 'strong') return false;
  const line = plainTextOf(block, source).text.split('\n')[0]!;
  return countWords(line) <= 40 && plainTextOf(first, source).text.trim() === line.trim();
}

/** A line of badge images or links above a README's text. */
function isBadgeLine(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  return block.children.every((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'link' && child.children.every((inner) => inner.type === 'image' || inner.type === 'imageReference')) || (child.type === 'text' && child.value.trim() === ''));
}
