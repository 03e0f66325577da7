import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { findStatement } from '../../../shared/day/exercise';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingStore } from '../meetingStore';
import type { MeetingActions } from '../useMeeting';
import { CONTENT_LANG } from '../i18n/content';

// The board drags with framer-motion: its own chunk, out of the phone's first
// download, fetched while the phone idles so it is there when a statement opens.
const loadBoard = () => import('./board/PhoneBoard');
const PhoneBoard = lazy(() => loadBoard().then((m) => ({ default: m.PhoneBoard })));
const PREFETCH_AFTER_MS = 2000;

/** On the phone while a statement is open: the statement, and the participant's own token on its board. */
export function ExerciseNow({ actions }: { actions: MeetingActions }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(() => void loadBoard(), PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const me = useMeetingStore((s) => s.actor?.participantId);
  const run = useMeetingStore((s) => s.state.exerciseRun);
  const found = useMeetingStore(useShallow((s) => run && findStatement(s.state, run.statementId)));
  // My own token only: the others' placements do not redraw this phone.
  const mine = useMeetingStore((s) =>
    s.state.placements.find((p) => p.statementId === run?.statementId && p.participantId === me),
  );
  const colour = useMeetingStore((s) => {
    const person = s.state.participants.find((p) => p.id === me);
    return s.state.municipalities.find((m) => m.id === person?.municipalityId)?.colour ?? '#1f3a5f';
  });
  if (!run || !found || !me) return null;
  const { exercise, statement } = found;
  const index = exercise.statements.findIndex((s) => s.id === statement.id);
  return (
    <section className="exercise-now" aria-labelledby="statement-heading">
      <p className="muted">
        <span lang={CONTENT_LANG}>{exercise.title}</span> ·{' '}
        {t('exercise.statementOf', { n: index + 1, total: exercise.statements.length })}
      </p>
      <h2 id="statement-heading" className="statement" lang={CONTENT_LANG}>
        {statement.text}
      </h2>
      <Suspense fallback={<p className="muted">…</p>}>
        <PhoneBoard
          key={statement.id}
          statement={statement}
          placed={mine ? { x: mine.x, y: mine.y } : null}
          locked={run.locked}
          colour={colour}
          onDrag={(at) => actions.drag(statement.id, at.x, at.y)}
          onPlace={async (at) =>
            (await actions.send({ type: 'place', statementId: statement.id, x: at.x, y: at.y })).ok
          }
        />
      </Suspense>
    </section>
  );
}
