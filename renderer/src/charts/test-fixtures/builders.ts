/** Every option builder with fixture data, shared by the snapshot and SSR tests. */
import type { EChartsOption } from 'echarts';
import * as f from './fixtures.ts';
import { categoryMixOption, fineHistogramOption, penaltyMonthlyOption } from '../penalties.ts';
import { handlingRatesOption, hotspotHeatmapOption, ticketsByDivisionOption, ticketsMonthlyOption } from '../hotspots.ts';
import { deviationByAgencyOption, deviationScatterOption, deviationStatusOption } from '../deviation.ts';
import { modeShareOption, penaltiesPer100Option, repeatPairsOption, reviewScoresOption } from '../quality.ts';
import { surveyAgenciesOption, surveyDimensionsOption, surveyKeywordsOption, surveyQuadrantOption } from '../survey.ts';
import { reconcileOption } from '../reconcile.ts';

export const BUILDERS: Record<string, () => EChartsOption> = {
  fineHistogram: () => fineHistogramOption(f.histogram),
  categoryMix: () => categoryMixOption(f.byCategory),
  penaltyMonthly: () => penaltyMonthlyOption(f.byMonth),
  heatmapZ: () => hotspotHeatmapOption(f.cells, 'z'),
  heatmapCount: () => hotspotHeatmapOption(f.cells, 'count'),
  ticketsByDivision: () => ticketsByDivisionOption(f.ticketsByDivision),
  handlingRates: () => handlingRatesOption(f.ticketCategories),
  ticketsMonthly: () => ticketsMonthlyOption(f.byMonth),
  deviationStatus: () => deviationStatusOption(f.statusCounts),
  deviationScatter: () => deviationScatterOption(f.deviationCases),
  deviationByAgency: () => deviationByAgencyOption(f.deviationByAgency),
  modeShare: () => modeShareOption(f.modeCounts),
  per100: () => penaltiesPer100Option(f.qualityByAgency),
  reviewScores: () => reviewScoresOption(f.reviews),
  repeatPairs: () => repeatPairsOption(f.pairs),
  surveyDimensions: () => surveyDimensionsOption(f.dimensions),
  surveyAgencies: () => surveyAgenciesOption(f.surveyAgencies, 72.6),
  surveyQuadrant: () => surveyQuadrantOption(f.quadrants),
  surveyKeywords: () => surveyKeywordsOption(f.keywords),
  reconcile: () => reconcileOption(f.mismatches),
};

