import { describe, expect, it } from 'vitest';
import { referenceListsFirst } from '../import-order.ts';

describe('import order of several files', () => {
  it('puts division lists, then agency directories, first; keeps the rest in order', () => {
    const files = [
      'exports/12345工单_2024.xlsx', 'exports/执法机关名录.xlsx', 'exports/行政处罚_双公示_海州区_2025.xlsx',
      'exports/行政区划_连云港.xlsx', 'exports/12345工单_2025.xlsx', '/data/行政执法主体名录2025.xls',
    ];
    expect(referenceListsFirst(files, (f) => f)).toEqual([
      'exports/行政区划_连云港.xlsx', 'exports/执法机关名录.xlsx', '/data/行政执法主体名录2025.xls',
      'exports/12345工单_2024.xlsx', 'exports/行政处罚_双公示_海州区_2025.xlsx', 'exports/12345工单_2025.xlsx',
    ]);
  });

  it('reads only the file name, not the folder, and does not take a penalty file for a division list', () => {
    expect(referenceListsFirst(['区划/行政处罚.csv', '行政区_处罚统计.xlsx', '海州区行政区划.csv'], (f) => f))
      .toEqual(['海州区行政区划.csv', '区划/行政处罚.csv', '行政区_处罚统计.xlsx']);
  });
});
