import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { NUDGE_INTERVAL_MS, unplaced } from '../../../../shared/day/nudge';
import type { Statement } from '../../../../shared/protocol';
import { useShallow } from 'zustand/react/shallow';
import { useMeetingFields, useMeetingStore } from '../../meetingStore';
import { rosterGroups, shownName } from '../../model/roster';
import { useServerNow } from '../../useServerNow';
import type { RunCommand } from '../agenda/runCommand';

/**
 * Who has not placed on the open statement, by municipality, with a button
 * that nudges their phones (M2). Names are the team's: only the console shows
 * them; the projector counts.
 */
export function Unplaced({ statement, run }: { statement: Statement; run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const state = useMeetingFields('participants', 'municipalities', 'exerciseRun', 'nudge');
  // Who is missing, not the placements: a token moved on the board does not redraw the list.
  const missing = new Set(useMeetingStore(useShallow((s) => unplaced(s.state, statement.id).map((p) => p.id))));
  const now = useServerNow();
  const groups = rosterGroups(state, [])
    .map((g) => ({ ...g, participants: g.participants.filter((p) => missing.has(p.id)) }))
    .filter((g) => g.participants.length > 0);
  const locked = state.exerciseRun?.statementId !== statement.id || state.exerciseRun.locked;
  const last = state.nudge?.statementId === statement.id ? state.nudge.at : null;
  const waitMs = last === null ? 0 : last + NUDGE_INTERVAL_MS - now;
  return (
    <section className="card unplaced" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t('console.unplaced.heading')}{' '}
        <span className="muted">· {t('console.unplaced.count', { count: missing.size })}</span>
      </h3>
      {missing.size === 0 ? (
        <p>{t('console.unplaced.everyone')}</p>
      ) : (
        <ul className="unplaced__groups">
          {groups.map((g) => (
            <li key={g.municipality.id}>
              <span className="swatch" style={{ background: g.municipality.colour }} aria-hidden="true" />
              <strong>
                {t('console.unplaced.group', { name: g.municipality.name, count: g.participants.length })}
              </strong>
              :{' '}
              {g.participants.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <bdi>{shownName(state, p, (n) => t('privacy.numbered', { n }))}</bdi>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {!locked && missing.size > 0 && (
        <button
          type="button"
          className="button button--small"
          // Not `disabled`: the button keeps the keyboard's focus while it waits (W8).
          aria-disabled={waitMs > 0}
          onClick={() => waitMs <= 0 && void run({ type: 'nudgeUnplaced', statementId: statement.id })}
        >
          {t('console.unplaced.nudge')}
        </button>
      )}
      <p className="muted" role="status">
        {last !== null ? t('console.unplaced.nudged') : ''}
      </p>
      {/* A running countdown is not a live region (W4). */}
      {waitMs > 0 && !locked && missing.size > 0 && (
        <p className="muted">{t('console.unplaced.wait', { count: Math.ceil(waitMs / 1000) })}</p>
      )}
    </section>
  );
}
