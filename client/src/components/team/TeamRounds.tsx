import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/staffCatalogue';
import { TEAM_ROUNDS, type TeamRound } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import type { RunCommand } from '../agenda/runCommand';

function RoundForm({ round, run }: { round: TeamRound; run: RunCommand }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [feeling, setFeeling] = useState('');
  const [focus, setFocus] = useState('');
  const [error, setError] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(!name.trim());
    if (!name.trim()) return;
    if (await run({ type: 'enterTeamRound', round, name: name.trim(), feeling, focus })) {
      setFeeling('');
      setFocus('');
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-name`}>{t('team.nameLabel')}</label>
      <input
        id={`${id}-name`}
        className="input"
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="error">
          {t('team.nameRequired')}
        </p>
      )}
      <label htmlFor={`${id}-feeling`}>{t('team.feelingLabel')}</label>
      <input
        id={`${id}-feeling`}
        className="input"
        value={feeling}
        maxLength={280}
        onChange={(e) => setFeeling(e.target.value)}
      />
      <label htmlFor={`${id}-focus`}>{t(round === 'checkIn' ? 'team.focusInLabel' : 'team.focusOutLabel')}</label>
      <input
        id={`${id}-focus`}
        className="input"
        value={focus}
        maxLength={280}
        onChange={(e) => setFocus(e.target.value)}
      />
      <button type="submit" className="button">
        {t('team.submit')}
      </button>
    </form>
  );
}

/** The team's own check-in and check-out: each member says how they are and what they focus on. */
export function TeamRounds({ run }: { run: RunCommand }) {
  const { t } = useTranslation();
  const entries = useMeetingStore((s) => s.state.teamEntries);
  return (
    <section className="team" aria-labelledby="team-heading">
      <h2 id="team-heading">{t('team.rounds')}</h2>
      <p className="muted">{t('team.onlyTeam')}</p>
      {TEAM_ROUNDS.map((round) => {
        const mine = entries.filter((e) => e.round === round);
        return (
          <details key={round} className="card" open={round === 'checkIn'}>
            <summary>
              {t(`team.${round}`)} ({mine.length})
            </summary>
            {mine.length === 0 ? (
              <p>{t('team.empty')}</p>
            ) : (
              <ul className="team__entries">
                {mine.map((e) => (
                  <li key={e.id}>
                    <strong>{e.name}</strong>: {e.feeling}
                    {e.focus && <> – {e.focus}</>}
                  </li>
                ))}
              </ul>
            )}
            <RoundForm round={round} run={run} />
          </details>
        );
      })}
    </section>
  );
}
