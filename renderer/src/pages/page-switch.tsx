/** The page for the current route. */
import { useAppState } from '../state/app-state.tsx';
import { OverviewPage } from './overview/overview-page.tsx';
import { ImportPage } from './import/import-page.tsx';
import { PenaltiesPage } from './penalties/penalties-page.tsx';
import { HotspotsPage } from './hotspots/hotspots-page.tsx';
import { DeviationPage } from './deviation/deviation-page.tsx';
import { QualityPage } from './quality/quality-page.tsx';
import { SurveyPage } from './survey/survey-page.tsx';
import { ReconcilePage } from './reconcile/reconcile-page.tsx';
import { ReportPage } from './report/report-page.tsx';
import { BrowsePage } from './browse/browse-page.tsx';

export function PageSwitch() {
  const { page } = useAppState();
  switch (page) {
    case 'overview':
      return <OverviewPage />;
    case 'import':
      return <ImportPage />;
    case 'penalties':
      return <PenaltiesPage />;
    case 'hotspots':
      return <HotspotsPage />;
    case 'deviation':
      return <DeviationPage />;
    case 'quality':
      return <QualityPage />;
    case 'survey':
      return <SurveyPage />;
    case 'reconcile':
      return <ReconcilePage />;
    case 'report':
      return <ReportPage />;
    case 'browse':
      return <BrowsePage />;
  }
}
