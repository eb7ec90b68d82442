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
  return list;
}

/** Maps `value` measured in `from` to the other measure, between the two anchors around it. */
function interpolate(list: Anchor[], from: keyof Anchor, value: number): number | undefined {
  const to: keyof Anchor = from === 'line' ? 'top' : 'line';
  const sorted = [...list].sort((a, b) => a[from] - b[from] || a[to] - b[to]);
  if (sorted.length === 0) return undefined;
  let before = sorted[0]!;
  const after = sorted.find((anchor) => anchor[from] > value);
  for (const anchor of sorted) if (anchor[from] <= value) before = anchor;
  if (!after || after[from] === before[from]) return before[to];
  return before[to] + ((value - before[from]) / (after[from] - before[from])) * (after[to] - before[to]);
}

export function offsetOfLine(root: HTMLElement, line: number): number | undefined {
  return interpolate(anchors(root), 'line', line);
}

export function lineAtOffset(root: HTMLElement, offset: number): number | undefined {
  const line = interpolate(anchors(root), 'top', offset);
  return line === undefined ? undefined : Math.floor(line);
}
