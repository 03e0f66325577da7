/**
 * The projector and the console in the room: 30 phones drop tokens, drag
 * them, join late, while the supervisors step through their rounds and the
 * evaluator writes notes. Each screen should redraw for what it shows and
 * not for the rest. React's Profiler counts the commits of the view under
 * test; the timers are fake, so no countdown's tick is counted.
 */
import { act, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command, DragFrame } from '../../shared/protocol';
import { ExerciseControls } from '../../client/src/components/exercise/ExercisePanel';
import { RunView } from '../../client/src/components/console/RunView';
import { Stage } from '../../client/src/components/projector/Stage';
import { useMeetingStore } from '../../client/src/meetingStore';
import { replayedMeeting } from '../support/replayedMeeting';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

const run = async (_command: Command) => true;

/** Renders `view` and counts its commits: `draws()` is how many times it was drawn again since. */
function drawn(view: ReactNode): () => number {
  let commits = 0;
  render(
    <Profiler id="view" onRender={() => commits++}>
      {view}
    </Profiler>,
  );
  const first = commits;
  return () => commits - first;
}

const teamNote = { type: 'addTeamNote', kind: 'observation', text: 'Ystad kom igång fort' } as const;

/** Three people from Ystad, Skurup and Simrishamn; a check-in with one statement, open; Anna and Bo have placed. */
function openStatement() {
  const day = replayedMeeting({
    name: 'Lärträff 3',
    date: '2026-11-23',
    municipalities: ['Ystad', 'Skurup', 'Simrishamn'].map((name) => ({ name })),
  });
  const [anna, bo, cia] = [day.join('Anna', 'Ystad'), day.join('Bo', 'Skurup'), day.join('Cia', 'Simrishamn')];
  const statementId = day.openCheckIn('Vi har ett EOR');
  const exercise = day.state.exercises[0]!;
  const place = (participantId: string, x: number) =>
    day.run({ type: 'place', statementId, x, y: 0.5 }, { role: 'participant', participantId });
  place(anna, 0.2);
  place(bo, 0.4);
  day.load();
  const drag = (participantId: string, x: number) => {
    const frame: DragFrame = { statementId, moves: [{ participantId, x, y: 0.5 }] };
    act(() => useMeetingStore.setState({ drags: frame }));
  };
  return { day, exercise, anna, cia, place, drag };
}

describe('the projector', () => {
  it('during cluster work the rounds are not redrawn by a latecomer or a team note, and are by the next phase', () => {
    const day = replayedMeeting({
      name: 'Lärträff 3',
      date: '2026-11-23',
      municipalities: ['Ystad', 'Skurup', 'Simrishamn'].map((name) => ({ name })),
      clusters: [
        { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'] },
        { name: 'Kluster Öst', municipalities: ['Simrishamn'] },
      ],
    });
    day.join('Anna', 'Ystad');
    const work = day.state.agenda.find((s) => s.kind === 'clusterWork')!;
    day.run({ type: 'goToSegment', fromSegmentId: null, segmentId: work.id });
    for (const cluster of day.state.clusters) day.run({ type: 'startFeedback', clusterId: cluster.id });
    day.load();
    const draws = drawn(<Stage token="screen-secret" />);
    expect(screen.getAllByText('Presentation')).toHaveLength(2);

    day.join('Bo', 'Skurup');
    day.run(teamNote);
    expect(draws()).toBe(0);

    const south = day.state.feedbackRuns[0]!;
    day.run({
      type: 'feedbackStep',
      clusterId: south.clusterId,
      direction: 'next',
      from: { index: south.index, phase: south.phase },
    });
    expect(draws()).toBe(1);
    expect(screen.getByText('Handledarens återkoppling')).toBeInTheDocument();
  });

  it('the open statement is redrawn by a placement and a drag, not by a team note', () => {
    const { day, cia, place, drag } = openStatement();
    const draws = drawn(<Stage token="screen-secret" />);
    expect(screen.getByText('2 av 3 har placerat sig')).toBeInTheDocument();

    day.run(teamNote);
    expect(draws()).toBe(0);

    drag(cia, 0.7);
    expect(draws()).toBe(1);
    place(cia, 0.7);
    expect(draws()).toBe(2);
    expect(screen.getByText('3 av 3 har placerat sig')).toBeInTheDocument();
  });
});

describe("the console's “Just nu”", () => {
  it('is not redrawn by a team note or a round, and is by a placement on the open statement', () => {
    const { day, cia, place } = openStatement();
    const draws = drawn(<RunView run={run} />);

    day.run(teamNote);
    day.run({ type: 'sendRoomMessage', text: 'Kaffe i korridoren' });
    expect(draws()).toBe(0);

    place(cia, 0.7);
    expect(draws()).toBeGreaterThan(0);
    expect(screen.getByText('3 av 3 har placerat sig')).toBeInTheDocument();
  });

  it("the statement's controls are not redrawn by a drag or a moved token, and are by a new placement", () => {
    const { exercise, anna, cia, place, drag } = openStatement();
    const draws = drawn(<ExerciseControls exercise={exercise} run={run} />);
    expect(screen.getByText(/2 placerade/)).toBeInTheDocument();

    drag(anna, 0.9);
    place(anna, 0.9);
    expect(draws()).toBe(0);

    place(cia, 0.7);
    expect(draws()).toBe(1);
    expect(screen.getByText(/3 placerade/)).toBeInTheDocument();
  });
});
