import { describe, expect, it } from 'vitest';
import { errorReportCsv, importPercent, progressStatus } from './import-report.ts';

describe('import report', () => {
  it('shows progress as whole percent, 100 only when done', () => {
    expect(importPercent({ status: 'queued', processed: 0, total: 40 })).toBe(0);
    expect(importPercent({ status: 'running', processed: 25, total: 40 })).toBe(62);
    expect(importPercent({ status: 'running', processed: 40, total: 40 })).toBe(99);
    expect(importPercent({ status: 'done', processed: 40, total: 40 })).toBe(100);
    expect(importPercent({ status: 'running', processed: 0, total: 0 })).toBe(0);
  });

  it('marks a finished import with refused rows as a warning', () => {
    expect(progressStatus({ status: 'running', rejected: 2 })).toBe('');
    expect(progressStatus({ status: 'done', rejected: 2 })).toBe('warning');
    expect(progressStatus({ status: 'done', rejected: 0 })).toBe('success');
    expect(progressStatus({ status: 'failed', rejected: 0 })).toBe('exception');
  });

  it('writes refused rows as CSV with quoting, a BOM, and formulas defused', () => {
    const csv = errorReportCsv([
      {
        line: 3,
        handle: 'bad-price',
        field: '/skus/0/listPrice',
        code: 'VALIDATION_FAILED',
        detail: 'must be integer',
      },
      {
        line: 7,
        handle: null,
        field: null,
        code: 'MALFORMED_BODY',
        detail: 'not valid JSON: Unexpected token "x", …',
      },
      { line: 9, handle: '=HYPERLINK("x")', field: null, code: 'INTERNAL', detail: null },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'line,handle,field,code,detail',
      '3,bad-price,/skus/0/listPrice,VALIDATION_FAILED,must be integer',
      '7,,,MALFORMED_BODY,"not valid JSON: Unexpected token ""x"", …"',
      `9,"'=HYPERLINK(""x"")",,INTERNAL,`,
      '',
    ]);
  });
});
