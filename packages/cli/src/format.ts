/** Plain aligned tables for people (the `--json` output is for scripts). */
export type Row = readonly [label: string, value: string];

export function formatRows(title: string, rows: readonly Row[]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return `${title}\n${rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n`;
}

/** A table with a header row; columns right-aligned except the first. */
export function formatTable(header: readonly string[], body: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')}\n`;
}

export const seconds = (us: number): string => `${(us / 1e6).toFixed(1)} s`;
export const money = (units: number): string => units.toLocaleString('en-US');
