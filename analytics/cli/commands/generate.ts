/**
 * `supervise generate --out DIR [--cases N] [--seed S] [--year Y]`: write the synthetic city's export
 * files (and truth.json) for demos and tests.
 */
import type { Command } from '../command.ts';
import { optionalInt, requireString } from '../values.ts';

/** generate command. */
export const generateCommand: Command = {
  name: 'generate',
  summary: '生成模拟城市数据（导出文件格式）— generate a synthetic city dataset as export files',
  usage: '--out DIR [--cases N] [--seed S] [--year Y] [--json]',
  options: {
    out: { type: 'string', short: 'o' },
    cases: { type: 'string' },
    seed: { type: 'string' },
    year: { type: 'string' },
  },
  async run(values, _pos, io) {
    const outDir = requireString(values, 'out');
    // Loaded on demand: the generator pulls in exceljs, which other commands need not pay for.
    const { generateCity } = await import('../../../sample-data/generator/index.ts');
    const result = await generateCity({
      outDir,
      cases: optionalInt(values, 'cases', 2000, 20_000_000),
      seed: optionalInt(values, 'seed', 0, 2 ** 31 - 1),
      year: optionalInt(values, 'year', 2001, 2100),
      onProgress: values.json || !io.isTTY ? undefined : (msg) => io.err(msg),
    });
    if (values.json) {
      io.out(JSON.stringify({ out: outDir, files: result.files }));
      return;
    }
    io.out(`已生成 ${result.files.length} 个文件到 ${outDir}：`);
    for (const f of result.files) io.out(`  ${f.path}  （${f.kind}，${f.rows} 行）`);
  },
};
