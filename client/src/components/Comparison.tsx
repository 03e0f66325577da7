import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import '../i18n/exerciseCatalogue';
import {
  compareExercises,
  overallShift,
  shiftSize,
  type StatementComparison,
  type StatementMatch,
} from '../../../shared/day/placement';
import type { Exercise, MeetingState } from '../../../shared/protocol';
import { useMeetingFields } from '../meetingStore';
import { boardLegend } from '../model/roster';
import { Board } from './board/Board';
import { BoardLegend } from './board/BoardLegend';

const MARKER = 'comparison-arrow';

/** What a comparison reads of the meeting: who moved where, and how to name and colour them. */
type ComparedState = Pick<MeetingState, 'participants' | 'municipalities' | 'placements' | 'anonymous'>;

function Arrows({
  comparison,
  state,
  anonymous,
}: {
  comparison: StatementComparison;
  state: ComparedState;
  anonymous: boolean;
}) {
  const colourOf = (id: string | undefined) => state.municipalities.find((m) => m.id === id)?.colour ?? '#3c4a57';
  return (
    <svg className="comparison__arrows" viewBox="0 0 100 75" preserveAspectRatio="none" role="img" aria-hidden="true">
      <defs>
        <marker
          id={MARKER}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
        </marker>
      </defs>
      {comparison.moves.map((m) => (
        <g key={m.participantId} style={{ color: colourOf(m.municipalityId) }}>
          <circle cx={m.from.x * 100} cy={m.from.y * 75} r="1.2" fill="none" stroke="currentColor" strokeWidth="0.5" />
          <line
            x1={m.from.x * 100}
            y1={m.from.y * 75}
            x2={m.to.x * 100}
            y2={m.to.y * 75}
            stroke="currentColor"
            strokeWidth="0.6"
            markerEnd={`url(#${MARKER})`}
          >
            {!anonymous && <title>{state.participants.find((p) => p.id === m.participantId)?.name}</title>}
          </line>
        </g>
      ))}
    </svg>
  );
}

/**
 * How far the group moved today: per statement before → after, per municipality, and one figure for the room.
 * With `only` (the projector) one statement at a time, `pager` under the figure says which and turns the page.
 */
export function Comparison({
  state,
  checkIn,
  checkOut,
  large = false,
  only,
  pager,
  named = true,
  match,
}: {
  state: ComparedState;
  checkIn: Exercise;
  checkOut: Exercise;
  large?: boolean;
  only?: number;
  pager?: ReactNode;
  /** False on the report to hand out: no names or initials, only municipalities (V2). */
  named?: boolean;
  /** Which check-in statement each check-out statement is compared with (G7); the one it mirrors by default. */
  match?: StatementMatch;
}) {
  const { t } = useTranslation();
  const comparisons = compareExercises(state, checkIn, checkOut, match);
  const overall = overallShift(comparisons);
  const anonymous = checkOut.anonymous || state.anonymous || !named;
  const name = (id: string) => state.municipalities.find((m) => m.id === id)?.name ?? '?';
  const pctOf = (d: number) => Math.round(d * 100);
  const points = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : ''}${Math.round(v)}`);
  return (
    <section className={large ? 'comparison comparison--large' : 'comparison'} aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparison.heading')}</h2>
      <p className="comparison__figure">
        {overall.n === 0
          ? t('comparison.nobody')
          : t(`comparison.reading.${shiftSize(overall.meanDistance)}`, {
              percent: pctOf(overall.meanDistance),
              count: overall.n,
            })}
        {overall.meanScoreDelta !== null && overall.n > 0 && (
          <> {t('comparison.score', { points: points(overall.meanScoreDelta) })}</>
        )}
      </p>
      {pager}
      {(only === undefined ? comparisons : comparisons.slice(only, only + 1)).map((c) => (
        <article key={c.statementId} className="comparison__statement">
          <h3>{c.text}</h3>
          <div className="comparison__board">
            <Board board={c.board} label={t('comparison.boardLabel', { text: c.text })}>
              <Arrows comparison={c} state={state} anonymous={anonymous} />
            </Board>
            <BoardLegend entries={boardLegend(state, c.moves, anonymous)} />
          </div>
          <table className="comparison__table">
            <caption className="visually-hidden">{t('comparison.tableCaption', { text: c.text })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('comparison.who')}</th>
                <th scope="col">{t('comparison.people')}</th>
                <th scope="col">{t('comparison.moved')}</th>
                {c.board.kind === 'line' && <th scope="col">{t('comparison.scoreChange')}</th>}
              </tr>
            </thead>
            <tbody>
              {c.byMunicipality.map(({ municipalityId, shift }) => (
                <tr key={municipalityId}>
                  <th scope="row">{name(municipalityId)}</th>
                  <td>{shift.n}</td>
                  <td>{pctOf(shift.meanDistance)} %</td>
                  {c.board.kind === 'line' && <td>{points(shift.meanScoreDelta)}</td>}
                </tr>
              ))}
              <tr className="comparison__total">
                <th scope="row">{t('comparison.group')}</th>
                <td>{c.group.n}</td>
                <td>{pctOf(c.group.meanDistance)} %</td>
                {c.board.kind === 'line' && <td>{points(c.group.meanScoreDelta)}</td>}
              </tr>
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

/** The comparison as the room sees it now: redrawn when a placement, a person or a municipality changes, not on a round or a message. */
export function LiveComparison(props: Omit<Parameters<typeof Comparison>[0], 'state'>) {
  const state = useMeetingFields('participants', 'municipalities', 'placements', 'anonymous');
  return <Comparison state={state} {...props} />;
}
