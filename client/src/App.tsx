import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';

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

export function App() {
  return (
    <Suspense fallback={<p className="page">…</p>}>
      <Switch>
        <Route path="/">{() => <StartPage />}</Route>
        <Route path="/join/:code">{(p) => <JoinPage code={p.code} />}</Route>
        <Route path="/join">{() => <JoinPage code="" />}</Route>
        <Route path="/m/:meetingId">{(p) => <ParticipantPage meetingId={p.meetingId} />}</Route>
        <Route path="/facilitator/:meetingId">{(p) => <FacilitatorPage meetingId={p.meetingId} />}</Route>
        <Route path="/screen/:meetingId">{() => <ScreenPage />}</Route>
        <Route path="/programme/:programmeId/:part?">
          {(p) => <ProgrammePage programmeId={p.programmeId} report={p.part === 'report'} />}
        </Route>
        <Route path="/eor/:programmeId/:boardId?">
          {(p) => <EorPage programmeId={p.programmeId} boardId={p.boardId} />}
        </Route>
        <Route path="/team/:meetingId">{() => <TeamPage />}</Route>
        <Route path="/report/:meetingId/:print?">{(p) => <ReportPage print={p.print} />}</Route>
        <Route path="/supervisor/:meetingId">{() => <SupervisorPage />}</Route>
        <Route>{() => <StartPage />}</Route>
      </Switch>
    </Suspense>
  );
}
