import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, measuredJson, writeReportSection } from './report.ts';

describe('recs report', () => {
  it('replaces a dataset section and keeps the others', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'recs-')), 'recs.md');
    writeReportSection(path, 'diginetica', 'first run');
    writeReportSection(path, 'yoochoose1_64', 'yoochoose run');
    writeReportSection(path, 'diginetica', 'second run');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('## diginetica\n\nsecond run');
    expect(text).toContain('## yoochoose1_64\n\nyoochoose run');
    expect(text).not.toContain('first run');
    expect(text.indexOf('## diginetica')).toBeLessThan(text.indexOf('## yoochoose1_64'));
  });

  it('formats rows and keeps only measured ones in the JSON', () => {
    const rows = [
      { system: 'blend', source: 'measured' as const, values: { 'P@20': 55.123 } },
      { system: 'SR-GNN', source: 'published' as const, values: { 'P@20': 50.73 } },
    ];
    expect(formatTable(['P@20'], rows, 2)).toContain('| blend | measured | 55.12 |');
    expect(measuredJson(rows)).toEqual({ blend: { 'P@20': 55.123 } });
  });
});
