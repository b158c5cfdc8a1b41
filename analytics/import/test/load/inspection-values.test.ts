import { describe, expect, it } from 'vitest';
import { normalizeFoundProblem, normalizeMode } from '../../load/kinds/inspection.ts';

describe('inspection result and mode labels', () => {
  it('reads 检查结果 / 检查结论 texts as found_problem', () => {
    expect(normalizeFoundProblem('是')).toBe(true);
    expect(normalizeFoundProblem('否')).toBe(false);
    expect(normalizeFoundProblem('未发现问题')).toBe(false);
    expect(normalizeFoundProblem('未发现违法违规行为')).toBe(false);
    expect(normalizeFoundProblem('合格')).toBe(false);
    expect(normalizeFoundProblem('正常')).toBe(false);
    expect(normalizeFoundProblem('不合格')).toBe(true);
    expect(normalizeFoundProblem('基本符合要求')).toBe(false);
    expect(normalizeFoundProblem('不符合要求')).toBe(true);
    expect(normalizeFoundProblem('发现问题已责令整改')).toBe(true);
    expect(normalizeFoundProblem('责令限期整改')).toBe(true);
    expect(normalizeFoundProblem('存在违法行为，立案查处')).toBe(true);
    expect(normalizeFoundProblem(null)).toBeNull();
  });
  it('normalizes 检查方式', () => {
    expect(normalizeMode('双随机一公开')).toBe('双随机');
    expect(normalizeMode('联合检查')).toBe('综合查一次');
    expect(normalizeMode('投诉举报核查')).toBe('投诉核查');
    expect(normalizeMode('专项检查')).toBe('专项');
    expect(normalizeMode('日常检查')).toBe('其他');
  });
});
