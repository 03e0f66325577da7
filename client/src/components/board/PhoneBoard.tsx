import { m, useMotionValue } from 'framer-motion';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { inkOn } from '../../../../shared/contrast';
import { lineScore, nearestCard, type Point } from '../../../../shared/day/placement';
import type { Statement } from '../../../../shared/protocol';
import { Motion } from '../Motion';
import { Board } from './Board';

const STEP = 0.02;
const BIG_STEP = 0.1;
const DRAG_EVERY_MS = 50;
const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * The participant's own token on the phone: drag it (distance is the answer,
 * nothing snaps) and it is saved on release. Keyboard: arrow keys move it
 * (Shift for bigger steps), Enter saves; the nearest card and the distance are
 * announced. A line board also has a slider.
 */
export function PhoneBoard({
  statement,
  placed,
  locked,
  colour,
  onDrag,
  onPlace,
}: {
  statement: Statement;
  placed: Point | null;
  locked: boolean;
  colour: string;
  onDrag(at: Point): void;
  onPlace(at: Point): Promise<boolean>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const boardRef = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<Point>(placed ?? { x: 0.5, y: 0.5 });
  const [saved, setSaved] = useState<'saved' | 'unsaved' | 'failed'>(placed ? 'saved' : 'unsaved');
  const [announce, setAnnounce] = useState('');
  const x = useMotionValue(0);
  const y = useMotionValue(0);
  const lastDrag = useRef(0);
  // Whether the finger moved the token since it went down: the click after a drag is not a tap.
  const dragged = useRef(false);

  const describe = (p: Point) => {
    const near = nearestCard(statement.board, p);
    const score = lineScore(statement.board, p);
    return score !== null
      ? t('exercise.whereLine', { score, pole: statement.board.cards[1]?.label ?? '' })
      : // Board units (a unit square, shared/day/placement.ts) as a percentage, like the report's movements (L3).
        t('exercise.whereCard', { card: near.card.label, distance: Math.round(near.distance * 100) });
  };
  const commit = async (p: Point) => {
    if (locked) return;
    setSaved((await onPlace(p)) ? 'saved' : 'failed');
    setAnnounce(`${describe(p)} ${t('exercise.saved')}`);
  };
  const moveTo = (p: Point, announceIt: boolean) => {
    setAt(p);
    setSaved('unsaved');
    if (announceIt) setAnnounce(describe(p));
    const now = Date.now();
    if (now - lastDrag.current >= DRAG_EVERY_MS) {
      lastDrag.current = now;
      onDrag(p);
    }
  };
  /** Where the pointer is on the board, from framer's page coordinates. */
  const fromPointer = (point: { x: number; y: number }): Point => {
    const r = boardRef.current!.getBoundingClientRect();
    return {
      x: clamp((point.x - window.scrollX - r.left) / r.width),
      y: clamp((point.y - window.scrollY - r.top) / r.height),
    };
  };
  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (d && !locked) {
      e.preventDefault();
      moveTo({ x: clamp(at.x + d[0]!), y: clamp(at.y + d[1]!) }, true);
    }
  };

  return (
    <div className="phone-board">
      <Motion>
        <Board board={statement.board} label={statement.text} boardRef={boardRef}>
          <m.button
            type="button"
            className={`token token--mine token--drag${locked ? ' token--locked' : ''}`}
            // Placed by percentage; framer's drag offset (x, y) only lives while the finger is down.
            style={{ left: `${at.x * 100}%`, top: `${at.y * 100}%`, x, y, background: colour, color: inkOn(colour) }}
            drag={!locked}
            dragMomentum={false}
            dragElastic={0}
            // No dragConstraints: with a moved token or a scrolled page they make it jump; the drop is clamped to the board.
            onPointerDown={() => (dragged.current = false)}
            onDragStart={() => (dragged.current = true)}
            onDrag={(_e, info) => moveTo(fromPointer(info.point), false)}
            onDragEnd={(_e, info) => {
              const p = fromPointer(info.point);
              x.set(0);
              y.set(0);
              setAt(p);
              void commit(p);
            }}
            onKeyDown={onKey}
            onClick={(e) => {
              // Enter or Space on the token saves (detail 0); so does a tap that did not move it (the drag's end saved that one).
              if (e.detail === 0 || !dragged.current) void commit(at);
            }}
            aria-label={t('exercise.token')}
            aria-describedby={`${id}-where ${id}-help`}
            aria-disabled={locked}
          >
            {t('exercise.me')}
          </m.button>
        </Board>
      </Motion>
      <p id={`${id}-help`} className="hint">
        {t(locked ? 'exercise.lockedHelp' : 'exercise.help')}
      </p>
      {statement.board.kind === 'line' && (
        <label className="phone-board__slider">
          {t('exercise.slider')}
          <input
            type="range"
            className="range"
            min={0}
            max={100}
            value={lineScore(statement.board, at) ?? 50}
            disabled={locked}
            onChange={(e) => {
              const [a, b] = statement.board.cards;
              const f = Number(e.target.value) / 100;
              moveTo({ x: a!.x + (b!.x - a!.x) * f, y: a!.y + (b!.y - a!.y) * f }, true);
            }}
            onKeyDown={(e) => e.key === 'Enter' && void commit(at)}
          />
        </label>
      )}
      {statement.board.kind === 'line' && (
        // The poles under the slider's ends, as on the board; outside the label, so they are not in its name.
        <p className="phone-board__poles" aria-hidden="true">
          <span>{statement.board.cards[0]?.label}</span>
          <span>{statement.board.cards[1]?.label}</span>
        </p>
      )}
      <p id={`${id}-where`} className="phone-board__where">
        {describe(at)}
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={locked || saved === 'saved'}
        onClick={() => void commit(at)}
      >
        {t(saved === 'saved' ? 'exercise.saved' : 'exercise.save')}
      </button>
      {saved === 'failed' && (
        <p className="error" role="alert">
          {t('exercise.saveFailed')}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
