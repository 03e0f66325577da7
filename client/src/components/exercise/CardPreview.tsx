import { m, useMotionValue } from 'framer-motion';
import { useRef, type RefObject } from 'react';
import type { Board as BoardData } from '../../../../shared/protocol';
import { dropPosition, type CardDraft, type StatementDraft } from '../../model/exerciseDraft';
import { Board } from '../board/Board';
import { Motion } from '../Motion';

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
type Point = { x: number; y: number };

/**
 * A card the pointer can move. The handle is a point at the card's centre
 * (left/top in per cent); framer's drag offset (x, y) only lives while the
 * pointer is down, and on release the card lands at its start plus that
 * offset, so a card grabbed by its edge does not jump to the pointer.
 * No dragConstraints: framer keeps ref constraints measured against the
 * handle's layout at mount, which is stale once the card has moved by
 * left/top or the page has scrolled (the card then jumped at drag start in
 * Chromium). The drop is clamped to the board instead.
 */
function DraggableCard({
  card,
  boardRef,
  onDrop,
}: {
  card: CardDraft;
  boardRef: RefObject<HTMLDivElement | null>;
  onDrop(at: Point): void;
}) {
  const x = useMotionValue(0);
  const y = useMotionValue(0);
  return (
    <m.div
      className="card-preview__handle"
      style={{ left: pct(card.x), top: pct(card.y), x, y }}
      drag
      dragMomentum={false}
      onDragEnd={() => {
        const rect = boardRef.current?.getBoundingClientRect();
        const at = rect ? dropPosition(card, { x: x.get(), y: y.get() }, rect) : card;
        x.set(0);
        y.set(0);
        onDrop(at);
      }}
    >
      <span className="card-preview__card">{card.label}</span>
    </m.div>
  );
}

/**
 * The statement's board as the room will see it. On a `cards` board the
 * cards are dragged into place; the keyboard path is the per-cent fields
 * beside it. Other kinds are laid out by the model and only shown.
 */
export function CardPreview({
  draft,
  label,
  onPlace,
}: {
  draft: StatementDraft;
  label: string;
  onPlace(card: string, at: Point): void;
}) {
  const boardRef = useRef<HTMLDivElement>(null);
  const placeable = draft.kind === 'cards';
  const board: BoardData = {
    kind: draft.kind,
    cards: placeable ? [] : draft.cards.map((c) => ({ id: c.key, label: c.label, x: c.x, y: c.y })),
  };
  return (
    <div className="card-preview">
      <Motion>
        <Board board={board} label={label} boardRef={boardRef}>
          {placeable &&
            draft.cards.map((c) => (
              <DraggableCard key={c.key} card={c} boardRef={boardRef} onDrop={(at) => onPlace(c.key, at)} />
            ))}
        </Board>
      </Motion>
    </div>
  );
}
