import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { inkOn } from '../../../../shared/contrast';
import type { Board as BoardData } from '../../../../shared/protocol';
import { CONTENT_LANG } from '../../i18n/content';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** A statement's board as the room lays it out: cards at their places, and whatever stands on it. */
export function Board({
  board,
  children,
  label,
  boardRef,
}: {
  board: BoardData;
  children?: ReactNode;
  label: string;
  boardRef?: React.Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  return (
    <div className={`board board--${board.kind}`} ref={boardRef} role="group" aria-label={label}>
      <svg className="board__lines" viewBox="0 0 100 75" preserveAspectRatio="none" aria-hidden="true">
        {board.kind === 'line' && board.cards.length === 2 && (
          <line
            x1={board.cards[0]!.x * 100}
            y1={board.cards[0]!.y * 75}
            x2={board.cards[1]!.x * 100}
            y2={board.cards[1]!.y * 75}
          />
        )}
        {board.kind === 'fourFp' && <ellipse cx="50" cy="37.5" rx="40" ry="30" />}
        {board.kind === 'fyrfaltare' && (
          <>
            <line x1="50" y1="0" x2="50" y2="75" />
            <line x1="0" y1="37.5" x2="100" y2="37.5" />
          </>
        )}
      </svg>
      {board.kind === 'fyrfaltare' && (
        <>
          <span className="board__axis board__axis--left">{t('board.individual')}</span>
          <span className="board__axis board__axis--right">{t('board.collective')}</span>
          <span className="board__axis board__axis--top">{t('board.outer')}</span>
          <span className="board__axis board__axis--bottom">{t('board.inner')}</span>
        </>
      )}
      {board.cards.map((card) => (
        <span
          key={card.id}
          className="board__card"
          // --x lets the stylesheet move a card in from an edge its words would reach past.
          style={{ left: pct(card.x), top: pct(card.y), '--x': card.x } as CSSProperties}
          lang={CONTENT_LANG}
        >
          {card.label}
        </span>
      ))}
      {children}
    </div>
  );
}

/** A token at a normalised position; initials or a municipality mark, never colour alone, in black or white by contrast (W9). */
export function Token({
  x,
  y,
  colour,
  text,
  title,
  mine = false,
  moving = false,
}: {
  x: number;
  y: number;
  colour: string;
  text: string;
  title: string;
  mine?: boolean;
  moving?: boolean;
}) {
  return (
    <span
      className={`token${mine ? ' token--mine' : ''}${moving ? ' token--moving' : ''}`}
      style={{ left: pct(x), top: pct(y), background: colour, color: inkOn(colour) }}
      title={title}
    >
      {text}
    </span>
  );
}
