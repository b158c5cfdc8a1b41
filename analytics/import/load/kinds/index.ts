/**
 * The converter of each import kind.
 */
import type { ImportKind } from '../../types.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { agencyLoader } from './agency.ts';
import { annualStatLoader } from './annual-stat.ts';
import { benchmarkLoader } from './benchmark.ts';
import { divisionLoader } from './division.ts';
import { inspectionLoader } from './inspection.ts';
import { penaltyLoader } from './penalty.ts';
import { reviewLoader } from './review.ts';
import { surveyItemLoader } from './survey-item.ts';
import { surveyLoader } from './survey.ts';
import { ticketLoader } from './ticket.ts';

/** Kind → converter factory. */
export const KIND_LOADERS: Record<ImportKind, KindLoaderFactory> = {
  penalty: penaltyLoader,
  benchmark: benchmarkLoader,
  ticket: ticketLoader,
  inspection: inspectionLoader,
  review: reviewLoader,
  survey: surveyLoader,
  survey_item: surveyItemLoader,
  annual_stat: annualStatLoader,
  division: divisionLoader,
  agency: agencyLoader,
};
