import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import type { Exercise } from '../../../../shared/protocol';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';
import { LiveBoard } from '../board/LiveBoard';
import { LiveComparison } from '../Comparison';
import { CreateExerciseForm } from './CreateExerciseForm';
import { nextStatement } from '../../model/consoleFocus';
import { CONTENT_LANG } from '../../i18n/content';

/** One exercise's statements with Öppna / Lås / Visa, and Nästa påstående while one is open. */
export function ExerciseControls({ exercise, run }: { exercise: Exercise; run: RunCommand }) {
  const { t } = useTranslation();
  const active = useMeetingStore((s) => s.state.exerciseRun);
  const revealed = useMeetingStore((s) => s.state.revealed);
  const mirrored = useMeetingStore((s) => s.state.exercises.some((e) => e.mirrorOf === exercise.id));
  const next = nextStatement({ exerciseRun: active }, exercise);
  // The counts, not the placements: a token moved on the board does not redraw the controls.
  const counts = useMeetingStore(
    useShallow((s) =>
      exercise.statements.map((statement) => s.state.placements.filter((p) => p.statementId === statement.id).length),
    ),
  );
  return (
    <article className="card exercise">
      <h3>
        <span lang={CONTENT_LANG}>{exercise.title}</span>{' '}
        <span className="muted">· {t(`exercise.kind.${exercise.kind}`)}</span>
      </h3>
      <ol className="exercise__statements">
        {exercise.statements.map((s, i) => {
          const placed = counts[i] ?? 0;
          const open = active?.statementId === s.id;
          const lockNext = open && !active.locked;
          return (
            <li key={s.id} className={open ? 'exercise__statement exercise__statement--open' : 'exercise__statement'}>
              <span>
                <span lang={CONTENT_LANG}>{s.text}</span>{' '}
                <span className="muted">
                  ({t('exercise.placed', { count: placed })}
                  {open && `, ${t(active.locked ? 'exercise.locked' : 'exercise.open')}`})
                </span>
              </span>
              <span className="exercise__buttons">
                {/* One button that changes its action (Öppna → Lås → Öppna): the focus stays on it. */}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => run({ type: lockNext ? 'lockStatement' : 'openStatement', statementId: s.id })}
                  aria-label={`${t(lockNext ? 'exercise.lock' : 'exercise.openStatement')}: ${s.text}`}
                >
                  {t(lockNext ? 'exercise.lock' : 'exercise.openStatement')}
                </button>
                {exercise.hiddenUntilReveal && !revealed.includes(s.id) && placed > 0 && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => run({ type: 'revealStatement', statementId: s.id })}
                    aria-label={`${t('exercise.reveal')}: ${s.text}`}
                  >
                    {t('exercise.reveal')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <div className="controls">
        {next && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => run({ type: 'openStatement', statementId: next.id })}
          >
            {t('exercise.nextStatement')}
          </button>
        )}
        {active?.exerciseId === exercise.id && (
          <button
            type="button"
            className="button"
            onClick={() => run({ type: 'closeExercise', exerciseId: exercise.id })}
          >
            {t('exercise.close')}
          </button>
        )}
        {exercise.kind === 'checkIn' && !mirrored && (
          <button
            type="button"
            className="button"
            onClick={() => run({ type: 'mirrorExercise', exerciseId: exercise.id })}
          >
            {t('exercise.mirror')}
          </button>
        )}
      </div>
    </article>
  );
}

export type ExportFile = 'placements.csv' | 'comparison.csv';

/** The facilitator's exercises: build a check-in, run it statement by statement, mirror it, compare, export. */
export function ExercisePanel({ run, onExport }: { run: RunCommand; onExport(file: ExportFile): void }) {
  const { t } = useTranslation();
  const active = useMeetingStore((s) => s.state.exerciseRun);
  const exercises = useMeetingStore((s) => s.state.exercises);
  const placed = useMeetingStore((s) => s.state.placements.length > 0);
  const activeExercise = exercises.find((e) => e.id === active?.exerciseId);
  const activeStatement = activeExercise?.statements.find((s) => s.id === active?.statementId);
  const pairs = exercises.flatMap((out) => {
    const into = out.mirrorOf ? exercises.find((e) => e.id === out.mirrorOf) : undefined;
    return into ? [{ checkIn: into, checkOut: out }] : [];
  });
  return (
    <section aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{t('exercise.heading')}</h2>
      {activeExercise && activeStatement && (
        <div className="card">
          <h3>{activeStatement.text}</h3>
          <LiveBoard exercise={activeExercise} statement={activeStatement} />
        </div>
      )}
      {exercises.map((e) => (
        <ExerciseControls key={e.id} exercise={e} run={run} />
      ))}
      <details className="card">
        <summary>{t('exercise.createHeading')}</summary>
        <CreateExerciseForm run={run} />
      </details>
      {pairs.map(({ checkIn, checkOut }) => (
        <LiveComparison key={checkOut.id} checkIn={checkIn} checkOut={checkOut} />
      ))}
      {placed && (
        <div className="controls">
          <button type="button" className="button" onClick={() => onExport('placements.csv')}>
            {t('comparison.exportPlacements')}
          </button>
          {pairs.length > 0 && (
            <button type="button" className="button" onClick={() => onExport('comparison.csv')}>
              {t('comparison.exportComparison')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
