/**
 * The reports as one spreadsheet each: the sections one under the other, each
 * with a title row and a header row, a blank row between them, as a person
 * reads it in Excel. Swedish headers and decimal commas; times of day through
 * `clock` (on the meeting's clocks, T5), so this stays pure.
 */
import { eorProgress, type EorBoardContent } from './year/eor';
import { figureCell } from './year/eorCsv';
import { comparisonRows, num, type Rows } from './day/placementTable';
import type { ProgrammeReport } from './year/programmeReport';
import type { FeedbackPhase, MeetingState } from './protocol';
import { SEGMENT_KIND_SV } from './day/segmentKindNames';
import type { EvaluationReport, ScoreSummary } from './day/evaluationResults';
import type { AgendaReport, MeetingReport } from './day/report';
import type { SegmentStatus } from './day/schedule';

export type ClockText = (ms: number) => string;

/** A presenting municipality's EOR board, as the report shows it. */
export interface ReportBoard {
  municipality: string;
  board: EorBoardContent;
}

const STATUS: Record<SegmentStatus, string> = {
  done: 'Genomförd',
  current: 'Pågår',
  skipped: 'Hoppades över',
  upcoming: 'Kommande',
};
const PHASE: Record<FeedbackPhase, string> = {
  presentation: 'Presentation',
  supervisor: 'Handledarens återkoppling',
  peers: 'Övriga kommuner',
  reply: 'Svar',
};

/** "5,3": minutes with one decimal and a comma; "" for nothing. */
export const minutesText = (ms: number | null) => (ms === null ? '' : (ms / 60_000).toFixed(1).replace('.', ','));

function section(title: string, header: string[], rows: Rows): Rows {
  return [[title], header, ...rows, []];
}

/** The boards of the municipalities that presented: one line each with where it stands, then its months. */
function boardSections(boards: readonly ReportBoard[]): Rows {
  if (!boards.length) return [];
  const withProgress = boards.map((b) => ({ ...b, progress: eorProgress(b.board) }));
  return [
    ...section(
      'EOR-tavlor',
      [
        'Kommun',
        'EOR',
        'Mått',
        'Årsmål',
        'Hittills',
        'Målkurvan står på',
        'Kvar till årsmålet',
        'Takt som behövs per månad',
      ],
      withProgress.map(({ municipality, board, progress }) => [
        municipality,
        board.sentence,
        board.measure,
        figureCell(board.yearlyTarget),
        figureCell(progress.total),
        figureCell(progress.targetToDate),
        board.yearlyTarget === null ? '' : figureCell(progress.gap),
        figureCell(progress.pacePerMonth),
      ]),
    ),
    ...section(
      'EOR-tavlor per månad',
      ['Kommun', 'Månad', 'Mål', 'Utfall', 'Förra året', 'Ackumulerat', 'Målkurva'],
      withProgress.flatMap(({ municipality, board, progress }) =>
        progress.months.map((m, i) => [
          municipality,
          m.key,
          figureCell(board.months[i]!.target),
          figureCell(m.outcome),
          figureCell(m.lastYear),
          figureCell(m.cumulative),
          figureCell(m.cumulativeTarget),
        ]),
      ),
    ),
  ];
}

/** A question's count, mean and distribution; blank figures where a municipality is too small to show (EV3). */
const scoreCells = (count: number, summary: ScoreSummary | null) => [
  String(count),
  num(summary?.mean ?? null),
  ...(summary ? summary.distribution.map(String) : ['', '', '', '', '']),
];

/** The day's evaluation (EV3): per question the whole group, then (the team's version) each municipality; the free text. */
function evaluationSections(evaluation: EvaluationReport | null): Rows {
  if (!evaluation) return [];
  const text = evaluation.freeText.length
    ? section(
        `Fritextsvar: ${evaluation.freeTextPrompt ?? ''}`,
        ['Svar'],
        evaluation.freeText.map((t) => [t]),
      )
    : [];
  return [
    ...section(
      'Dagens utvärdering (1–5)',
      ['Fråga', 'Kommun', 'Svar', 'Medel', '1', '2', '3', '4', '5'],
      evaluation.questions.flatMap((q) => [
        [q.text, 'Alla', ...scoreCells(q.overall.count, q.overall)],
        ...q.byMunicipality.map((m) => [q.text, m.municipality, ...scoreCells(m.count, m.summary)]),
      ]),
    ),
    ...text,
  ];
}

/** The day's report as one spreadsheet; `boards` are the presenting municipalities' EOR boards (a meeting from a programme). */
export function meetingReportRows(
  state: MeetingState,
  report: MeetingReport,
  clock: ClockText,
  boards: readonly ReportBoard[] = [],
): Rows {
  const { attendance, agenda, days, rounds, questions, team } = report;
  const named = report.team !== null;
  const over = 'Över (+) / under (−) minuter';
  const out: Rows = [['Lärträff', report.meeting.name], ['Datum', report.meeting.date], []];
  out.push(
    ...section(
      'Närvaro',
      ['Kommun', 'Antal', ...(named ? ['Namn'] : [])],
      [
        ...attendance.rows.map((r) => [r.municipality, String(r.count), ...(named ? [r.names.join(', ')] : [])]),
        ['Totalt', String(attendance.total)],
      ],
    ),
  );
  const agendaSection = (title: string, day: AgendaReport) =>
    section(
      title,
      [
        'Programpunkt',
        'Typ',
        'Status',
        'Planerad start',
        'Planerade minuter',
        'Faktisk start',
        'Faktiskt slut',
        'Faktiska minuter',
        over,
      ],
      day.rows.map((r) => [
        r.title,
        SEGMENT_KIND_SV[r.kind],
        STATUS[r.status],
        clock(r.plannedStart),
        String(r.plannedMinutes),
        r.actualStart === null ? '' : clock(r.actualStart),
        r.actualEnd === null ? '' : clock(r.actualEnd),
        minutesText(r.actualMs),
        minutesText(r.overMs),
      ]),
    );
  const comparisonSection = (title: string, comparisons: MeetingReport['comparisons']) => {
    const [header = [], ...rows] = comparisonRows(state, named, comparisons);
    return section(title, header, rows);
  };
  if (days.length === 1) {
    out.push(...agendaSection('Program: planerat och faktiskt', agenda));
    out.push(...comparisonSection('Incheckning och utcheckning', report.comparisons));
  } else {
    // A meeting of several days: each day's programme and comparisons, then the whole meeting's (G6, G7).
    for (const d of days) {
      const name = `Dag ${d.day} av ${days.length} (${d.date})`;
      out.push(...agendaSection(`${name}: program, planerat och faktiskt`, d.agenda));
      if (d.comparisons.length) out.push(...comparisonSection(`${name}: incheckning och utcheckning`, d.comparisons));
    }
    out.push(
      ...section(
        'Hela lärträffen',
        ['Planerat slut', 'Faktiskt slut', over],
        [
          [
            clock(agenda.plannedEnd),
            agenda.actualEnd === null ? '' : clock(agenda.actualEnd),
            minutesText(agenda.driftMs),
          ],
        ],
      ),
    );
    if (days.every((d) => !d.comparisons.length))
      out.push(...comparisonSection('Hela lärträffen: incheckning och utcheckning', report.comparisons));
  }
  out.push(
    ...section(
      'Återkopplingsrundor: tidslogg',
      ['Kluster', 'Kommun', 'Fas', 'Start', 'Planerade minuter', 'Faktiska minuter', over],
      rounds.flatMap((c) =>
        c.rows.map((r) => [
          c.cluster,
          r.municipality,
          PHASE[r.phase],
          clock(r.startedAt),
          minutesText(r.plannedMs),
          minutesText(r.actualMs),
          minutesText(r.overMs),
        ]),
      ),
    ),
  );
  out.push(
    ...section(
      'Frågor i kön',
      ['Kluster', 'Presenterande kommun', 'Fråga', 'Från kommun', 'Tid', 'Tagen'],
      questions.flatMap((g) =>
        g.questions.map((q) => [g.cluster, g.municipality, q.text, q.from, clock(q.at), q.taken ? 'Ja' : 'Nej']),
      ),
    ),
  );
  out.push(...boardSections(boards));
  out.push(...evaluationSections(report.evaluation));
  if (team) {
    out.push(
      ...section(
        'Teamets incheckning och utcheckning',
        ['Runda', 'Namn', 'Hur jag mår', 'Fokus', 'Tid'],
        [...team.checkIn, ...team.checkOut].map((e) => [
          e.round === 'checkIn' ? 'Incheckning' : 'Utcheckning',
          e.name,
          e.feeling,
          e.focus,
          clock(e.at),
        ]),
      ),
    );
    out.push(
      ...section(
        'Följeforskarens anteckningar',
        ['Typ', 'Anteckning', 'Tid', 'Programpunkt', 'Kommun'],
        team.notes.map((n) => [
          n.kind === 'observation' ? 'Observation' : 'Återkoppling',
          n.text,
          clock(n.at),
          n.segment ?? '',
          n.municipality ?? '',
        ]),
      ),
    );
  }
  return out.slice(0, -1);
}

export function programmeReportRows(report: ProgrammeReport): Rows {
  const meetingHeads = report.meetings.map((m) => `Lärträff ${m.number} (${m.date})`);
  const count = (n: number | null) => (n === null ? '' : String(n));
  const out: Rows = [['Lärprojekt', report.name], []];
  out.push(
    ...section(
      'Närvaro per lärträff',
      ['Kommun', 'Anmälda', ...meetingHeads],
      [
        ...report.attendance.map((a) => [a.municipality, String(a.enrolled), ...a.counts.map(count)]),
        ['Totalt', '', ...report.totals.map(count)],
      ],
    ),
  );
  out.push(
    ...section(
      'Påståenden över året',
      ['Påstående', 'Lärträff', 'Övning', 'Kommun', 'Antal', 'Medelpoäng (0–100)', 'Medel x', 'Medel y'],
      report.progression.flatMap((s) =>
        s.points.flatMap((p) => {
          const kind = p.exerciseKind === 'checkIn' ? 'Incheckning' : 'Utcheckning';
          return [
            [
              s.text,
              p.date,
              kind,
              'Hela gruppen',
              String(p.group.n),
              num(p.group.meanScore),
              num(p.group.centroid.x),
              num(p.group.centroid.y),
            ],
            ...p.byMunicipality.map((m) => [
              s.text,
              p.date,
              kind,
              m.municipality,
              String(m.standing.n),
              num(m.standing.meanScore),
              num(m.standing.centroid.x),
              num(m.standing.centroid.y),
            ]),
          ];
        }),
      ),
    ),
  );
  out.push(
    ...section(
      'Tidhållning',
      [
        'Lärträff',
        'Datum',
        'Programpunkter',
        'Över tiden',
        'Dagens slut mot plan (minuter)',
        'Rundornas faser',
        'Faser över tiden',
        'Medel per fas (minuter)',
      ],
      report.timing.map((t) => [
        String(t.number),
        t.date,
        String(t.segmentsRun),
        String(t.segmentsOver),
        minutesText(t.driftMs),
        String(t.phases),
        String(t.phasesOver),
        minutesText(t.meanPhaseOverMs),
      ]),
    ),
  );
  out.push(
    ...section(
      'Dagens utvärdering över året: medel 1–5 (antal svar)',
      ['Fråga', ...meetingHeads],
      report.evaluation.map((l) => [
        l.question,
        ...l.means.map((mean, i) => (mean === null ? '' : `${num(mean)} (${l.counts[i]})`)),
      ]),
    ),
  );
  return out.slice(0, -1);
}
