/**
 * A small lärträff made over the API for the tests of single views: two
 * municipalities in one cluster (Kungsbacka's colour a pale yellow, the hardest
 * for initials and outlines), a check-in and the rounds. The project leader's
 * commands go over a real socket and wait until the meeting has them.
 */
import type { Browser } from 'playwright-core';
import { connect, createMeeting, send, track, waitFor, type CreatedMeeting, type Mirror } from '../../support/server';
import { baseUrl, openDevices, type DevicePage } from './browser';
import { joinByCode } from './meetingDay';

export const PALE_YELLOW = '#ffff99';

/** A lärträff of two municipalities in one cluster, with a check-in and the rounds; Kungsbacka's colour is a pale yellow. */
export async function createDay(): Promise<{
  meeting: CreatedMeeting;
  day: Mirror;
  ok(command: unknown): Promise<void>;
}> {
  const meeting = await createMeeting(baseUrl(), {
    name: 'Lärträff 4: Bakåtplanering – Lärprojekt Sydkusten',
    date: new Date().toLocaleDateString('sv-SE'),
    municipalities: [
      { name: 'Kungsbacka', colour: PALE_YELLOW },
      { name: 'Vellinge', colour: '#1f3a5f' },
    ],
    clusters: [
      { name: 'Kluster Väst', municipalities: ['Kungsbacka', 'Vellinge'], supervisor: 'Karin Nilsson', room: 'Rum 1' },
    ],
    agenda: [
      { kind: 'checkIn', title: 'Incheckning', plannedStart: '09:00', plannedMinutes: 30 },
      { kind: 'clusterWork', title: 'EOR-återkoppling i kommunklustren', plannedStart: '09:30', plannedMinutes: 75 },
    ],
  });
  const facilitator = await connect(baseUrl(), { token: meeting.facilitatorToken });
  const day = track(facilitator);
  await day.ready;
  const ok = async (command: unknown) => {
    const ack = await send(facilitator, command);
    if (!ack.ok) throw new Error(`${JSON.stringify(command)} refused: ${ack.error.message}`);
    await waitFor(() => day.seq >= ack.seq, 5_000, `seq ${ack.seq}`);
  };
  return { meeting, day, ok };
}

/** The small day on every device of the room: the console, Anna's phone (Kungsbacka), the cluster's tablet, the projector. */
export async function openRoom(browser: Browser): Promise<
  Awaited<ReturnType<typeof createDay>> & {
    laptop: DevicePage;
    phone: DevicePage;
    tablet: DevicePage;
    projector: DevicePage;
  }
> {
  const made = await createDay();
  const [laptop, phone, tablet, projector] = await openDevices(browser, 'laptop', 'phone', 'tablet', 'projector');
  await joinByCode(phone.page, made.meeting.code, 'Anna Svensson', 'Kungsbacka');
  await tablet.page.goto(made.meeting.supervisorLinks[0]!.link);
  await projector.page.goto(made.meeting.screenLink);
  await laptop.page.goto(made.meeting.facilitatorLink);
  return { ...made, laptop, phone, tablet, projector };
}
