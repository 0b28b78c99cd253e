import { describe, expect, it } from 'vitest';
import {
  codePrefix,
  renamePrefix,
  skuMatrix,
  specCombinations,
  usableAxes,
  type SkuDraft,
} from './sku-matrix.ts';

const defaults = { listPrice: 599, salePrice: 459, stock: 10, weightGrams: 800 };

describe('SKU matrix', () => {
  it('generates one SKU per colour x size, first axis slowest', () => {
    const rows = skuMatrix(
      [
        { name: 'colour', values: ['黑色', '白色'] },
        { name: 'size', values: ['42', '43', '44'] },
      ],
      [],
      'TPH',
      defaults,
    );
    expect(rows.map((r) => r.specs)).toEqual([
      { colour: '黑色', size: '42' },
      { colour: '黑色', size: '43' },
      { colour: '黑色', size: '44' },
      { colour: '白色', size: '42' },
      { colour: '白色', size: '43' },
      { colour: '白色', size: '44' },
    ]);
    // Chinese values become their position; ASCII values stay readable.
    expect(rows.map((r) => r.code)).toEqual([
      'TPH-1-42',
      'TPH-1-43',
      'TPH-1-44',
      'TPH-2-42',
      'TPH-2-43',
      'TPH-2-44',
    ]);
    expect(new Set(rows.map((r) => r.code)).size).toBe(6);
    expect(rows[0]).toMatchObject(defaults);
  });

  it('keeps what was typed into a row when an axis value is added', () => {
    const first = skuMatrix([{ name: 'size', values: ['M'] }], [], 'TEE', defaults);
    const edited: SkuDraft[] = [{ ...first[0]!, code: 'TEE-CUSTOM', listPrice: 99, stock: 3 }];
    const second = skuMatrix([{ name: 'size', values: ['M', 'L'] }], edited, 'TEE', defaults);
    expect(second).toHaveLength(2);
    expect(second[0]).toMatchObject({ code: 'TEE-CUSTOM', listPrice: 99, stock: 3 });
    expect(second[1]).toMatchObject({ code: 'TEE-L', specs: { size: 'L' }, listPrice: 599 });
  });

  it('is a single SKU without specs when there are no usable axes', () => {
    const rows = skuMatrix(
      [
        { name: '', values: ['x'] },
        { name: 'size', values: ['  '] },
      ],
      [],
      'P',
      defaults,
    );
    expect(rows).toEqual([{ specs: {}, code: 'P', ...defaults }]);
  });

  it('ignores blank and repeated values and repeated axis names', () => {
    expect(
      usableAxes([
        { name: ' colour ', values: ['红', ' 红 ', '', '蓝'] },
        { name: 'colour', values: ['绿'] },
      ]),
    ).toEqual([{ name: 'colour', values: ['红', '蓝'] }]);
    expect(
      specCombinations([
        { name: 'a', values: ['1', '2'] },
        { name: 'b', values: ['x'] },
      ]),
    ).toHaveLength(2);
  });

  it('derives a code prefix from ASCII words only', () => {
    expect(codePrefix('Trail Pro hiking shoe')).toBe('TRAI-PRO-HIKI-SHOE');
    expect(codePrefix('山野徒步鞋')).toBe('SKU');
  });

  it('follows a new title in generated codes but keeps typed ones', () => {
    const rows = skuMatrix([{ name: 'size', values: ['M', 'L'] }], [], 'SKU', defaults);
    const typed = [rows[0]!, { ...rows[1]!, code: 'MY-OWN' }];
    expect(renamePrefix(typed, 'SKU', 'TRAIL').map((r) => r.code)).toEqual(['TRAIL-M', 'MY-OWN']);
    expect(renamePrefix([{ ...rows[0]!, code: 'SKUX-1' }], 'SKU', 'T')[0]!.code).toBe('SKUX-1');
  });
});
