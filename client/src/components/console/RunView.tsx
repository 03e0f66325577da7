import type { Exercise } from '../../../../shared/protocol';
import { comparedWith } from '../../../../shared/day/report';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../../meetingStore';
import { consoleFocus } from '../../model/consoleFocus';
import type { RunCommand } from '../agenda/runCommand';
import { keepBoardOnScreen } from '../board/boardRoom';
import { LiveBoard } from '../board/LiveBoard';
import { ExerciseControls } from '../exercise/ExercisePanel';
import { LiveComparison } from '../Comparison';
import { ClusterOverview } from '../feedback/ClusterOverview';
import { JoinPanel } from '../JoinPanel';
import { Roster } from '../Roster';
import { Unplaced } from './Unplaced';
import { CONTENT_LANG } from '../../i18n/content';

/** The code to join by and who has come: the run view before the day, and the console's Deltagare tab. */
export function Arrival() {
  const code = useMeetingStore((s) => s.state.code);
  return (
    <div className="console-columns">
      <JoinPanel code={code} />
      <Roster />
    </div>
  );
}

/**
 * The console's "Just nu": only what the room is doing now, with its next
 * actions beside it. The open statement's live board next to its Öppna / Lås /
 * Nästa påstående, and after a check-out how far the group moved; the
 * clusters' rounds during cluster work; otherwise the code and who has come.
 */
export function RunView({ run }: { run: RunCommand }) {
  // The focus holds the state's own exercise, so comparing its fields tells whether it changed.
  const focus = useMeetingStore(useShallow((s) => consoleFocus(s.state)));
  const exerciseRun = useMeetingStore((s) => s.state.exerciseRun);
  if (focus.kind === 'clusters') return <ClusterOverview />;
  if (focus.kind === 'arrival') return <Arrival />;
  const { exercise } = focus;
  const open = exerciseRun?.exerciseId === exercise.id ? exerciseRun : null;
  const statement = exercise.statements.find((s) => s.id === open?.statementId);
  return (
    <div className="console-run console-run--exercise">
      <div className="console-run__side">
        <ExerciseControls exercise={exercise} run={run} />
        {statement && <Unplaced statement={statement} run={run} />}
      </div>
      <ExerciseWatch exercise={exercise} />
    </div>
  );
}

/**
 * What an exercise shows those who run or follow it (the console, the
 * evaluator): the open statement's live board, or, a check-out with no
 * statement open, how far the group moved, as the projector shows it.
 * `titled` writes the statement above its board, for a page without the
 * console's list of statements beside it (the evaluator's).
 */
export function ExerciseWatch({ exercise, titled = false }: { exercise: Exercise; titled?: boolean }) {
  const exerciseRun = useMeetingStore((s) => s.state.exerciseRun);
  const compared = useMeetingStore(useShallow((s) => comparedWith(s.state, exercise)));
  const open = exerciseRun?.exerciseId === exercise.id ? exerciseRun : null;
  const statement = exercise.statements.find((s) => s.id === open?.statementId);
  if (statement)
    return (
      <section className="card console-run__board" aria-label={statement.text} ref={keepBoardOnScreen}>
        {titled && <h3 lang={CONTENT_LANG}>{statement.text}</h3>}
        <LiveBoard exercise={exercise} statement={statement} />
      </section>
    );
  return compared ? <LiveComparison checkIn={compared.checkIn} checkOut={exercise} match={compared.match} /> : null;
}
