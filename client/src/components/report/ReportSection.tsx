import { useId, type ReactNode } from 'react';
import type { MeetingState } from '../../../../shared/protocol';
import type { MeetingReport } from '../../../../shared/day/report';

/** What every section of the day's report gets; a new section is one more component taking it. */
export interface SectionProps {
  report: MeetingReport;
  state: MeetingState;
  /** The report link's secret, for a section that reads more from the server (the EOR boards). */
  token: string;
}

/** One titled section of a report; `teamOnly` marks it on screen and on paper. */
export function ReportSection({
  title,
  teamOnly,
  teamOnlyText,
  children,
}: {
  title: string;
  teamOnly?: boolean;
  teamOnlyText?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={teamOnly ? 'report-section report-section--team' : 'report-section'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {teamOnly && <p className="report-section__mark">{teamOnlyText}</p>}
      {children}
    </section>
  );
}
