import { useMeetingStore } from '../../meetingStore';
import { showsJoinCode } from '../../model/projector';
import { NowAndNext } from '../NowAndNext';
import { SegmentCountdown } from '../SegmentCountdown';
import { JoinStrip } from './JoinHero';

/** The day's now and next with the time left; the join code beside it while people still arrive. */
export function NowScreen() {
  const join = useMeetingStore((s) => showsJoinCode(s.state));
  return (
    <div className={join ? 'scene-split' : 'scene-single'}>
      <div className="now-screen">
        <SegmentCountdown large />
        <NowAndNext large forRoom />
      </div>
      {join && <JoinStrip />}
    </div>
  );
}
