import { useShallow } from 'zustand/react/shallow';
import { assertNever } from '../../../../shared/day/meeting';
import { useMeetingStore } from '../../meetingStore';
import { projectorScene } from '../../model/projector';
import { BreakScreen } from './BreakScreen';
import { EndScreen } from './EndScreen';
import { JoinHero } from './JoinHero';
import { NowScreen } from './NowScreen';
import { ProjectorComparison } from './ProjectorComparison';
import { RoundsScreen } from './RoundsScreen';
import { StatementScreen } from './StatementScreen';

/**
 * The projector's scene. It re-renders only when the scene changes (another
 * kind, another statement, break or comparison): each screen subscribes to
 * what it shows, so a placement redraws the board, not the rounds.
 */
export function Stage({ token }: { token: string }) {
  // The scene holds the state's own exercises and segments, so comparing its fields tells whether it changed.
  const scene = useMeetingStore(useShallow((s) => projectorScene(s.state)));
  switch (scene.kind) {
    case 'join':
      return <JoinHero />;
    case 'statement':
      return <StatementScreen exercise={scene.exercise} statement={scene.statement} />;
    case 'comparison':
      return <ProjectorComparison checkIn={scene.checkIn} checkOut={scene.checkOut} match={scene.match} />;
    case 'rounds':
      return <RoundsScreen token={token} />;
    case 'break':
      return <BreakScreen segment={scene.segment} next={scene.next} />;
    case 'ended':
      return <EndScreen />;
    case 'now':
      return <NowScreen />;
    case 'pause':
      return <BreakScreen text={scene.text} />;
    case 'blank':
      return null;
    default:
      return assertNever(scene);
  }
}
