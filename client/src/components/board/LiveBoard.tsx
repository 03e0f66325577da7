import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import '../../i18n/exerciseCatalogue';
import { tokensOn } from '../../../../shared/day/dragPresence';
import type { Exercise, Statement } from '../../../../shared/protocol';
import { useMeetingFields, useMeetingStore } from '../../meetingStore';
import { boardLegend, ownerOf, shownName, tokenText } from '../../model/roster';
import { Board, Token } from './Board';
import { BoardLegend } from './BoardLegend';

/**
 * Every token on the open statement, committed or being dragged now, labelled by person or municipality.
 * `forRoom` (the projector) words the hidden-until-reveal note for the room and lays the key and `aside` beside the board.
 */
export function LiveBoard({
  exercise,
  statement,
  forRoom = false,
  aside,
}: {
  exercise: Exercise;
  statement: Statement;
  forRoom?: boolean;
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const state = useMeetingFields('placements', 'participants', 'municipalities', 'revealed', 'anonymous');
  const drags = useMeetingStore((s) => s.drags);
  const tokens = tokensOn(state, drags, statement.id);
  const placed = state.placements.filter((p) => p.statementId === statement.id);
  const hidden = exercise.hiddenUntilReveal && !state.revealed.includes(statement.id);
  // An anonymous meeting has no names to show: its tokens are marked by municipality, as in an anonymous exercise.
  const anonymous = exercise.anonymous || state.anonymous;
  return (
    <div className={forRoom ? 'live-board live-board--room' : 'live-board'}>
      <div className="live-board__stage">
        <Board board={statement.board} label={statement.text}>
          {tokens.map((at) => {
            const owner = ownerOf(state, at);
            if (!owner) return null;
            const { person } = owner;
            const municipality = state.municipalities.find((m) => m.id === owner.municipalityId);
            const text = tokenText(person, municipality, anonymous);
            const title =
              anonymous || !person
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
        {hidden && forRoom && <p className="live-board__hidden">{t('projector.hiddenBoard')}</p>}
      </div>
      <div className="live-board__side">
        <p className="live-board__count">
          {t('exercise.placedCount', { n: placed.length, total: state.participants.length })}
          {hidden && <> · {t(forRoom ? 'projector.hiddenNote' : 'exercise.hiddenNote')}</>}
        </p>
        <BoardLegend entries={boardLegend(state, tokens, anonymous)} />
        {aside}
      </div>
    </div>
  );
}
