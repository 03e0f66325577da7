import { useTranslation } from '../i18n/useTranslation';
import '../i18n/staffCatalogue';
import { inkOn } from '../../../shared/contrast';
import { useMeetingStore, useMeetingApartFromPlacements } from '../meetingStore';
import { weakColourRatio } from '../model/colour';
import { initials, rosterGroups, shownName } from '../model/roster';

/** Everyone who joined, grouped and coloured by municipality; names carry identity, colour only helps. */
export function Roster({ large = false }: { large?: boolean }) {
  const { t, i18n } = useTranslation();
  const state = useMeetingApartFromPlacements();
  const online = useMeetingStore((s) => s.online);
  const groups = rosterGroups(state, online);
  const numbered = (n: number) => t('privacy.numbered', { n });
  return (
    <section className={large ? 'roster roster--large' : 'roster'} aria-labelledby="roster-heading">
      <h2 id="roster-heading">{t('roster.heading', { n: state.participants.length })}</h2>
      {groups.length === 0 && <p>{t('roster.empty')}</p>}
      {groups.map((g) => {
        const weak = weakColourRatio(g.municipality.colour, i18n.locale);
        return (
          <section key={g.municipality.id} className="roster__group" style={{ borderColor: g.municipality.colour }}>
            <h3>
              <span className="swatch" style={{ background: g.municipality.colour }} aria-hidden="true" />
              <bdi>{g.municipality.name}</bdi>{' '}
              <span className="muted">({t('roster.municipalityCount', { count: g.participants.length })})</span>
            </h3>
            {weak && <p className="hint hint--warning">{t('console.weakColour', { ratio: weak })}</p>}
            <ul>
              {g.participants.map((p) => (
                <li key={p.id}>
                  <span
                    className="chip"
                    style={{ background: g.municipality.colour, color: inkOn(g.municipality.colour) }}
                    aria-hidden="true"
                  >
                    {initials(shownName(state, p, numbered))}
                  </span>
                  <bdi>{shownName(state, p, numbered)}</bdi>
                  <span className={p.online ? 'presence presence--on' : 'presence'}>
                    <span className="visually-hidden">{t(p.online ? 'roster.online' : 'roster.offline')}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
