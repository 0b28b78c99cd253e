import { METRIC_NAMES, type MetricTotals } from './metrics.ts';

type Row = MetricTotals & { 'index s': number; 'ms/query': number };

/** A markdown table per dataset: one row per system, one column per metric. */
export function formatTable(results: Record<string, Record<string, Row>>): string {
  const columns = [...METRIC_NAMES, 'index s', 'ms/query'] as const;
  const out: string[] = [];
  for (const [dataset, systems] of Object.entries(results)) {
    out.push(
      `### ${dataset}`,
      '',
      `| system | ${columns.join(' | ')} |`,
      `|---|${columns.map(() => '---:').join('|')}|`,
    );
    for (const [name, row] of Object.entries(systems)) {
      const cells = columns.map((c) =>
        c === 'index s' || c === 'ms/query' ? row[c].toFixed(1) : row[c].toFixed(4),
      );
      out.push(`| ${name} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
