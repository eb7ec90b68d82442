// Where a PR/FAQ stands: the `stage:` front-matter field (or a `status:` that
// is exactly a stage's name). Two tracks name stages: the five Working
// Backwards stages, and the draft → review → final path of a document going
// to its review meeting. Without a stage, every rule keeps its default.

export const stageIds = ['listen', 'define', 'invent', 'refine', 'test-and-iterate', 'draft', 'review', 'final'] as const;
export type Stage = (typeof stageIds)[number];

export interface StageDescription {
  label: string;
  /** What the writer is doing at this stage, for hovers and completions. */
  meaning: string;
}

export const stageDescriptions: Record<Stage, StageDescription> = {
  listen: { label: 'Listen', meaning: 'Working Backwards stage 1: learning who the customer is and what hurts them. A press release may not exist yet.' },
  define: { label: 'Define', meaning: 'Working Backwards stage 2: the problem and the customer written down; the press release takes shape.' },
  invent: { label: 'Invent', meaning: 'Working Backwards stage 3: the solution in the press release; the FAQs gather the hard questions.' },
  refine: { label: 'Refine', meaning: 'Working Backwards stage 4: the whole PR/FAQ revised with readers; every part should be there.' },
  'test-and-iterate': { label: 'Test & Iterate', meaning: 'Working Backwards stage 5: tested with customers and reviewers, and revised from what they said.' },
  draft: { label: 'Draft', meaning: 'A first draft, still being written.' },
  review: { label: 'In review', meaning: 'Sent to reviewers, or going to the review meeting.' },
  final: { label: 'Final', meaning: 'Approved as written: the document of record.' },
};

/** The stage the front matter gives, where it came from, or the value prfaq did not know. */
export type DocumentStage = { stage: Stage; field: 'stage' | 'status' } | { unknown: string; field: 'stage' };

const aliases: Record<string, Stage> = {
  listen: 'listen',
  define: 'define',
  invent: 'invent',
  refine: 'refine',
  test: 'test-and-iterate',
  iterate: 'test-and-iterate',
  'test-and-iterate': 'test-and-iterate',
  'test and iterate': 'test-and-iterate',
  'test & iterate': 'test-and-iterate',
  'test-iterate': 'test-and-iterate',
  draft: 'draft',
  review: 'review',
  'in review': 'review',
  'in-review': 'review',
  final: 'final',
  approved: 'final',
};

/** The stage a name gives ("In review", "Test & Iterate", "final"), if any. */
export function stageNamed(value: string): Stage | undefined {
  return aliases[value.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** The funnel's order: the stages as a document moves through them, then documents with no known stage. */
export function stageRank(stage: Stage | undefined): number {
  return stage ? stageIds.indexOf(stage) : stageIds.length;
}

/** The document's stage when the front matter names a known one. */
export function knownStage(stage: DocumentStage | undefined): Stage | undefined {
  return stage && 'stage' in stage ? stage.stage : undefined;
}

/** From the front matter's top-level keys (a FrontMatter's `data`). */
export function readStage(frontMatter: { data: Record<string, unknown> } | undefined): DocumentStage | undefined {
  const data = frontMatter?.data;
  if (!data) return undefined;
  const stage = typeof data.stage === 'string' ? data.stage.trim() : undefined;
  if (stage) {
    const known = stageNamed(stage);
    return known ? { stage: known, field: 'stage' } : { unknown: stage, field: 'stage' };
  }
  // A status is often a sentence ("Draft for the Q3 review"): only an exact stage name counts.
  const status = typeof data.status === 'string' ? stageNamed(data.status) : undefined;
  return status ? { stage: status, field: 'status' } : undefined;
}
