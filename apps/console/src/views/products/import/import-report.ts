import type { ImportRowError, ProductImport } from './import-api.ts';

/** Percent processed, for el-progress: whole numbers, 100 only once the import is done. */
export function importPercent(job: Pick<ProductImport, 'status' | 'processed' | 'total'>): number {
  if (job.status === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(99, Math.floor((job.processed / job.total) * 100));
}

export function progressStatus(
  job: Pick<ProductImport, 'status' | 'rejected'>,
): '' | 'success' | 'warning' | 'exception' {
  if (job.status === 'failed') return 'exception';
  if (job.status !== 'done') return '';
  return job.rejected > 0 ? 'warning' : 'success';
}

// Spreadsheet programs run cells starting with these as formulas; a quote in front makes them text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The refused rows as CSV (line, handle, field, code, detail), with a BOM so Excel reads the Chinese. */
export function errorReportCsv(errors: readonly ImportRowError[]): string {
  const header = ['line', 'handle', 'field', 'code', 'detail'].join(',');
  const rows = errors.map((e) => [e.line, e.handle, e.field, e.code, e.detail].map(csvCell).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

export function errorReportName(job: Pick<ProductImport, 'id'>): string {
  return `import-${job.id}-errors.csv`;
}
