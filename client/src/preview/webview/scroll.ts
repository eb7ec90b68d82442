// Source line ⇄ vertical offset in the preview, through the data-line
// attributes the renderer puts on every block, interpolating between blocks.

interface Anchor {
  line: number;
  top: number;
}

function anchors(root: HTMLElement): Anchor[] {
  const list: Anchor[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-line]')) {
    const line = Number(element.dataset.line);
    if (Number.isFinite(line)) list.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
  }
  return list.sort((a, b) => a.line - b.line || a.top - b.top);
}

export function offsetOfLine(root: HTMLElement, line: number): number | undefined {
  const list = anchors(root);
  if (list.length === 0) return undefined;
  let before = list[0]!;
  let after: Anchor | undefined;
  for (const anchor of list) {
    if (anchor.line <= line) before = anchor;
    else {
      after = anchor;
      break;
    }
  }
  if (!after || after.line === before.line) return before.top;
  return before.top + ((line - before.line) / (after.line - before.line)) * (after.top - before.top);
}

export function lineAtOffset(root: HTMLElement, offset: number): number | undefined {
  const list = anchors(root).sort((a, b) => a.top - b.top);
  if (list.length === 0) return undefined;
  let before = list[0]!;
  let after: Anchor | undefined;
  for (const anchor of list) {
    if (anchor.top <= offset) before = anchor;
    else {
      after = anchor;
      break;
    }
  }
  if (!after || after.top === before.top) return before.line;
  return Math.floor(before.line + ((offset - before.top) / (after.top - before.top)) * (after.line - before.line));
}
