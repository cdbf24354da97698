/** Numbers and Markdown tables for the benchmark's printout, which docs/benchmarks.md quotes. */

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const count = (value: number) => value.toLocaleString('en');
export const ratio = (value: number) => `${value.toFixed(2)}×`;

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
