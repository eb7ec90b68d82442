// The figures as a plain-text table: measure, figure, target, whether it is met.

export interface Row {
  measure: string;
  figure: string;
  target: string;
  /** Undefined where there is no target. */
  met?: boolean;
  note?: string;
}

export function printTable(rows: Row[]): void {
  const cells = rows.map((row) => [row.measure, row.figure, row.target, row.met === undefined ? '' : row.met ? 'met' : 'MISSED', row.note ?? '']);
  const header = ['measure', 'figure', 'target', '', 'note'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const cell of cells) console.log(line(cell));
}
