import { useTranslation } from 'react-i18next';
import { tokensOn } from '../../../../shared/dragPresence';
import type { Exercise, MeetingState, Statement } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { boardLegend, shownName, tokenText } from '../../model/roster';
import { Board, Token } from './Board';
import { BoardLegend } from './BoardLegend';

/** Every token on the open statement, committed or being dragged now, labelled by person or municipality. */
export function LiveBoard({ exercise, statement }: { exercise: Exercise; statement: Statement }) {
  const { t } = useTranslation();
  const state: MeetingState = useMeetingStore((s) => s.state);
  const drags = useMeetingStore((s) => s.drags);
  const tokens = tokensOn(state, drags, statement.id);
  const placed = state.placements.filter((p) => p.statementId === statement.id);
  const ids = new Set(tokens.map((t) => t.participantId));
  const hidden = exercise.hiddenUntilReveal && !state.revealed.includes(statement.id);
  // An anonymous meeting has no names to show: its tokens are marked by municipality, as in an anonymous exercise.
  const anonymous = exercise.anonymous || state.anonymous;
  return (
    <div className="live-board">
      <Board board={statement.board} label={statement.text}>
        {tokens.map((at) => {
          const person = state.participants.find((p) => p.id === at.participantId);
          const municipality = state.municipalities.find((m) => m.id === person?.municipalityId);
          if (!person) return null;
          const text = tokenText(person, municipality, anonymous);
          const title = anonymous
            ? (municipality?.name ?? '')
            : `${shownName(state, person, (n) => t('privacy.numbered', { n }))}, ${municipality?.name ?? ''}`;
          return (
            <Token
              key={at.participantId}
              x={at.x}
              y={at.y}
              colour={municipality?.colour ?? '#3c4a57'}
              text={text}
              title={title}
              moving={at.moving}
            />
          );
        })}
      </Board>
      <BoardLegend entries={boardLegend(state, ids, anonymous)} />
      <p className="muted">
        {t('exercise.placedCount', { count: placed.length, total: state.participants.length })}
        {hidden && <> · {t('exercise.hiddenNote')}</>}
      </p>
    </div>
  );
}
