import type { Exercise, Statement } from '../../../../shared/protocol';
import { useMeetingStore } from '../../meetingStore';
import { showsJoinCode } from '../../model/projector';
import { LiveBoard } from '../board/LiveBoard';
import { JoinStrip } from './JoinHero';
import { CONTENT_LANG } from '../../i18n/content';

/** The open statement: its text across the top, the board as tall as the screen allows, the key beside it. */
export function StatementScreen({ exercise, statement }: { exercise: Exercise; statement: Statement }) {
  const join = useMeetingStore((s) => showsJoinCode(s.state));
  return (
    <section className="statement-screen" aria-labelledby="screen-statement">
      <h2 id="screen-statement" className="statement-screen__text" lang={CONTENT_LANG}>
        {statement.text}
      </h2>
      <LiveBoard exercise={exercise} statement={statement} forRoom aside={join ? <JoinStrip /> : undefined} />
    </section>
  );
}
