import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One row of the results table: a system and its metric values in the table's units. */
export interface ResultRow {
  system: string;
  values: Record<string, number>;
  /** Published rows are quoted from papers, measured rows come from this run. */
  source: 'measured' | 'published';
}

export function formatTable(
  metricNames: readonly string[],
  rows: readonly ResultRow[],
  decimals: number,
): string {
  const header = `| system | source | ${metricNames.join(' | ')} |`;
  const rule = `|---|---|${metricNames.map(() => '---:').join('|')}|`;
  const lines = rows.map(
    (row) =>
      `| ${row.system} | ${row.source} | ${metricNames.map((metric) => row.values[metric]?.toFixed(decimals) ?? '').join(' | ')} |`,
  );
  return [header, rule, ...lines].join('\n');
}

/** Measured rows as `{system: {metric: value}}` for `--json`. */
export function measuredJson(rows: readonly ResultRow[]): Record<string, Record<string, number>> {
  return Object.fromEntries(
    rows.filter((row) => row.source === 'measured').map((row) => [row.system, row.values]),
  );
}

/**
 * Writes one dataset's section (from its "## name" heading to the next one) into the report, replacing an
 * earlier run's section so the file always holds the latest run of every dataset.
 */
export function writeReportSection(reportPath: string, heading: string, body: string): void {
  const title =
    '# Recommendation benchmark\n\nWritten by `npm run bench -- recs`; each section is the latest run on that dataset.\n\n';
  const existing = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : title;
  const sections = existing.split(/^(?=## )/m);
  const section = `## ${heading}\n\n${body.trim()}\n\n`;
  const index = sections.findIndex((part) => part.startsWith(`## ${heading}\n`));
  if (index >= 0) sections[index] = section;
  else sections.push(section);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, sections.join('').trimEnd() + '\n');
}
