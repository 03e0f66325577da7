import { lazy, Suspense, useEffect, useRef } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { PAGES } from '../../shared/routes';
import { focusNewPage } from './pageTitle';

// Each view is its own chunk: a phone loads the participant view, not the console.
const StartPage = lazy(() => import('./views/StartPage'));
const JoinPage = lazy(() => import('./views/JoinPage'));
const ParticipantPage = lazy(() => import('./views/ParticipantPage'));
const FacilitatorPage = lazy(() => import('./views/FacilitatorPage'));
const ScreenPage = lazy(() => import('./views/ScreenPage'));
const ProgrammePage = lazy(() => import('./views/ProgrammePage'));
const TeamPage = lazy(() => import('./views/TeamPage'));
const SupervisorPage = lazy(() => import('./views/SupervisorPage'));
// The print-outs are in the report's chunk (`/report/<id>/cards`), the year's report in the programme page's (`/programme/<id>/report`).
const ReportPage = lazy(() => import('./views/ReportPage'));
const EorPage = lazy(() => import('./views/EorPage'));

/** After a route change (not the first load) the new page's h1 takes the focus. */
function RouteFocus() {
  const [location] = useLocation();
  const first = useRef(location);
  useEffect(() => {
    if (location !== first.current) {
      first.current = '';
      focusNewPage();
    }
  }, [location]);
  return null;
}

export function App() {
  return (
    <>
      <Suspense fallback={<p className="page">…</p>}>
        <Switch>
          <Route path={PAGES.start}>{() => <StartPage />}</Route>
          <Route path={PAGES.join}>{(p) => <JoinPage code={p.code ?? ''} />}</Route>
          <Route path={PAGES.participant}>{(p) => <ParticipantPage meetingId={p.meetingId} />}</Route>
          <Route path={PAGES.facilitator}>{(p) => <FacilitatorPage meetingId={p.meetingId} />}</Route>
          <Route path={PAGES.screen}>{() => <ScreenPage />}</Route>
          <Route path={PAGES.programme}>
            {(p) => <ProgrammePage programmeId={p.programmeId} report={p.part === 'report'} />}
          </Route>
          <Route path={PAGES.eor}>{(p) => <EorPage programmeId={p.programmeId} boardId={p.boardId} />}</Route>
          <Route path={PAGES.team}>{() => <TeamPage />}</Route>
          <Route path={PAGES.report}>{(p) => <ReportPage print={p.print} />}</Route>
          <Route path={PAGES.supervisor}>{() => <SupervisorPage />}</Route>
          {/* The server sends a 404 for other paths (shared/routes.ts); one the app navigates to shows the start. */}
          <Route>{() => <StartPage />}</Route>
        </Switch>
      </Suspense>
      {/* Outside the boundary: its effect runs while a view's chunk is still loading. */}
      <RouteFocus />
    </>
  );
}
