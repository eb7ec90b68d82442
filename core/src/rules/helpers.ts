// Small pieces the rules share.
import type { Range, Section } from '../model/types';

/** A zero-width range at the start of `range`: for findings about something missing there. */
export function startOf(range: Range): Range {
  return { start: range.start, end: range.start };
}

/** Where to report a press-release part that is missing: its heading, or its first line when it has none. */
export function anchorOf(section: Section): Range {
  return section.depth > 0 ? section.headingRange : startOf(section.range);
}

export function quoted(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
