/**
 * Deterministic synthetic city generator (issue 2, item 6): a realistic 连云港 dataset written as the
 * export files analysts actually receive, plus `truth.json` with every planted fact. The same options
 * give byte-identical files: all randomness comes from one seeded stream (forked per part), counts
 * that carry planted facts are allocated, not sampled, and the xlsx packages carry fixed dates.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAgencies } from './agencies.ts';
import { buildAnnual } from './annual.ts';
import { buildCatalog } from './catalog/build.ts';
import { generateInspections } from './inspections.ts';
import { NameBook } from './names.ts';
import { EntityPool } from './parties.ts';
import { generateYear, numberDecisions } from './penalties.ts';
import { keepGroupsConsistent, plantDeviations, plantOverCap, plantRevoked } from './penalty-plants.ts';
import { generateReviews } from './reviews.ts';
import { Rng } from './rng.ts';
import { generateSurvey } from './survey.ts';
import { generateTickets } from './tickets.ts';
import { buildTruth } from './truth.ts';
import type { Truth } from './truth-types.ts';
import { writeBenchmarkFiles } from './write/benchmark-files.ts';
import { writeAgencies, writeDivisions, writeInspections, writeReviews } from './write/other-files.ts';
import { writePenaltyFiles } from './write/penalty-files.ts';
import { writeAnnual, writeSurvey } from './write/survey-annual-files.ts';
import { writeTicketFiles } from './write/ticket-files.ts';
import type { WrittenFile } from './write/types.ts';

export type { Truth } from './truth-types.ts';

/** Options of `generateCity`. */
export interface GenerateOptions {
  outDir: string;
  /** Penalty decisions of the year (default 20 000; at least 2 000 for the planted facts to hold). */
  cases?: number;
  seed?: number;
  year?: number;
  onProgress?: (msg: string) => void;
}

/** What `generateCity` wrote. */
export interface GenerateResult {
  files: { path: string; kind: string; rows: number }[];
  truth: Truth;
}

/** Defaults of the committed sample set. */
export const DEFAULTS = { cases: 20000, seed: 20240501, year: 2025 } as const;

/** Generate the dataset into `opts.outDir` (created if missing) and write truth.json beside it. */
export async function generateCity(opts: GenerateOptions): Promise<GenerateResult> {
  const n = Math.round(opts.cases ?? DEFAULTS.cases);
  const seed = (opts.seed ?? DEFAULTS.seed) >>> 0;
  const year = Math.round(opts.year ?? DEFAULTS.year);
  if (!Number.isFinite(n) || n < 2000) throw new Error(`cases must be at least 2000 (got ${opts.cases})`);
  if (year < 2000 || year > 2100) throw new Error(`year out of range: ${year}`);
  const say = opts.onProgress ?? (() => {});
  await mkdir(opts.outDir, { recursive: true });

  const rng = new Rng(seed);
  const book = new NameBook();
  const agencies = buildAgencies(book, rng.fork('agencies'));
  const catalog = buildCatalog(year);
  const ctx = { rng, agencies, catalog, pool: new EntityPool(book, rng.fork('entities')) };

  say('生成行政处罚案件 / penalty decisions');
  const prior = generateYear(ctx, year - 1, Math.round(n * 0.6), false);
  plantDeviations(rng.fork('deviation-prior'), prior, false);
  keepGroupsConsistent(prior, false);
  numberDecisions(prior);
  const cur = generateYear(ctx, year, n, true);
  plantDeviations(rng.fork('deviation'), cur, true);
  keepGroupsConsistent(cur, true);
  plantOverCap(rng.fork('over-cap'), cur, Math.max(4, Math.round(n / 1500)));
  numberDecisions(cur);
  const revoked = plantRevoked(rng.fork('revoked'), cur, 3);

  say('生成12345工单、检查、评查、满意度 / tickets, inspections, reviews, survey');
  const { tickets, plants } = generateTickets(rng, agencies, year, n);
  const { inspections, episodes } = generateInspections(rng, ctx.pool, agencies, year, Math.round(n * 0.8));
  const nReviews = Math.max(40, Math.round(n * 0.02));
  const reviews = generateReviews(rng, agencies, cur, year, nReviews, Math.max(3, Math.round(nReviews * 0.015)));
  const survey = generateSurvey(rng, agencies, year, 2000);
  const annual = buildAnnual(rng, agencies, cur, inspections);

  say('写出文件 / writing files');
  const dir = opts.outDir;
  const files: WrittenFile[] = [
    await writeDivisions(dir, year),
    await writeAgencies(dir, agencies, year),
    ...(await writeBenchmarkFiles(dir, catalog, year)),
    ...(await writePenaltyFiles(dir, rng, agencies, prior, [], year - 1, false)),
    ...(await writePenaltyFiles(dir, rng, agencies, cur, revoked, year, true)),
    ...(await writeTicketFiles(dir, tickets, year)),
    await writeInspections(dir, inspections, year),
    await writeReviews(dir, reviews, year),
    ...(await writeSurvey(dir, survey, year)),
    await writeAnnual(dir, annual.rows, year),
  ];
  const truth = buildTruth({
    seed, year, n, files, agencies, catalog, cur, prior, revoked, tickets, ticketPlants: plants,
    inspections: inspections.length, episodes, reviews, survey, mismatches: annual.mismatches,
  });
  await writeFile(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  say(`完成 / done: ${new Set(files.map((f) => f.file)).size} files`);
  const seen = new Set<string>();
  const list = files.filter((f) => !seen.has(`${f.file}|${f.kind}`) && seen.add(`${f.file}|${f.kind}`));
  return {
    files: list.map((f) => ({
      path: join(dir, f.file), kind: f.kind,
      rows: files.filter((g) => g.file === f.file && (f.kind !== 'survey' || g.sheet === '答卷')).reduce((s, g) => s + g.rows, 0),
    })),
    truth,
  };
}
