/**
 * The whole report outline: title, lead paragraph, the eight sections in the order DESIGN §6 gives,
 * and the issuing authority with the date.
 */
import type { ReportData } from '../data/types.ts';
import { reportTitle } from '../data/scope.ts';
import { dateZh, safeText } from '../format.ts';
import { REPORT_TEXT as T } from '../messages.ts';
import type { Block, ReportOutline } from './model.ts';
import { overviewSection } from './overview.ts';
import { penaltiesSection } from './penalties.ts';
import { hotspotsSection } from './hotspots.ts';
import { deviationSection } from './deviation.ts';
import { qualitySection } from './quality.ts';
import { surveySection } from './survey.ts';
import { reconcileSection } from './reconcile.ts';
import { problemsSection } from './problems.ts';

/** Writes the outline from the data. */
export function reportOutline(d: ReportData): ReportOutline {
  return masked(d.settings.mask_personal_data, {
    title: reportTitle(d.scope),
    lead: T.lead(d.filter.year, d.scope.place, d.scope.bureau),
    sections: [
      overviewSection(d),
      penaltiesSection(d),
      hotspotsSection(d),
      deviationSection(d),
      qualitySection(d),
      surveySection(d),
      reconcileSection(d),
      problemsSection(d),
    ],
    signature: { authority: d.scope.bureau, date: dateZh(d.generatedAt) },
  });
}

/** Every text of the outline with phone and ID numbers masked (one place, whatever a composer wrote). */
function masked(mask: boolean, o: ReportOutline): ReportOutline {
  if (!mask) return o;
  const m = (t: string) => safeText(t, true);
  const block = (b: Block): Block => {
    if (b.kind === 'table') return { ...b, caption: m(b.caption), rows: b.rows.map((r) => r.map(m)), ...(b.note ? { note: m(b.note) } : {}) };
    if (b.kind === 'figure') return b;
    return { ...b, text: m(b.text) };
  };
  return { ...o, lead: m(o.lead), sections: o.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}
