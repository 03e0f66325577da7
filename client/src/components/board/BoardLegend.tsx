import type { LegendEntry } from '../../model/roster';

/** Colour, name and the people's token texts per municipality: the colours on a board, in words. */
export function BoardLegend({ entries }: { entries: LegendEntry[] }) {
  if (!entries.length) return null;
  return (
    <ul className="board-legend">
      {entries.map(({ municipality, marks }) => (
        <li key={municipality.id}>
          <span className="swatch" style={{ background: municipality.colour }} aria-hidden="true" />
          <bdi>{municipality.name}</bdi>:{' '}
          {marks.map((mark, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <bdi>{mark}</bdi>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
