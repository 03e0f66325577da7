import type { RunCommand } from '../agenda/runCommand';
import MessageComposer from '../MessageComposer';
import { ProjectorControl } from './ProjectorControl';

/** The console's tab for the room: a message to everyone or a cluster (M1), and what the projector shows (M3). */
export function RoomPanel({ run }: { run: RunCommand }) {
  return (
    <div className="console-columns">
      <MessageComposer send={run} />
      <ProjectorControl run={run} />
    </div>
  );
}
