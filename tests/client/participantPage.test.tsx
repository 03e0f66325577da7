import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { saveParticipantToken } from '../../client/src/storage';
import ParticipantPage from '../../client/src/views/ParticipantPage';
import type { MeetingState } from '../../shared/protocol';
import { annaAndBoOnAnAnonymousStatement } from '../support/meetingDay';
import { annasPhone } from '../support/phone';
import {
  closeAll,
  createMeeting,
  resync,
  send,
  startServer,
  type MeetingSocket,
  type TestServer,
} from '../support/server';
import { renderView } from '../support/view';

async function resyncState(socket: MeetingSocket): Promise<MeetingState> {
  const ack = await resync(socket, 0);
  if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
  return ack.state;
}

afterEach(closeAll);

function renderPhone(server: TestServer, meetingId: string) {
  return renderView(server.url, <ParticipantPage meetingId={meetingId} />);
}

describe('the participant view on a phone, against a real server', () => {
  it('Anna sees who she is, that the day has not started, and follows the facilitator live', async () => {
    const { facilitator } = await annasPhone();
    expect(screen.getByText('Hej Anna Svensson!')).toBeInTheDocument();
    expect(screen.getByText('Trelleborg')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Nu' })).getByText('Lärträffen har inte börjat än.'),
    ).toBeInTheDocument();
    // The team's own check-in is not the room's business: nothing is announced as next.
    expect(screen.queryByRole('region', { name: 'Sedan' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Ansluten');

    const start = await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null });
    const now = screen.getByRole('region', { name: 'Nu' });
    expect(await within(now).findByText('Teamet förbereder dagen.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Sedan' })).getByText('Morgonkaffe och mingel'),
    ).toBeInTheDocument();

    const teamCheckIn = (await send(facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok;
    expect(teamCheckIn).toBe(false); // the day already moved: a stale "next" is a conflict
    expect(start.ok).toBe(true);
    const state = await resyncState(facilitator);
    expect((await send(facilitator, { type: 'advanceAgenda', fromSegmentId: state.currentSegmentId })).ok).toBe(true);
    expect(await within(now).findByText('Morgonkaffe och mingel')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sedan' })).getByText('Incheckningsövning')).toBeInTheDocument();
    expect(screen.getByText(/kvar$/)).toBeInTheDocument();
  });

  it('[PD7] on an anonymous exercise Anna’s phone still shows her own token as hers, where she saved it', async () => {
    const { server, meeting, anna, bo, statementId } = await annaAndBoOnAnAnonymousStatement(
      'Vi har ett EOR som alla känner till',
    );
    // x 0.7 on a line from 0.12 to 0.88: 76 of 100. Bo stands elsewhere, and the phone knows him by pseudonym only.
    expect((await send(anna.socket, { type: 'place', statementId, x: 0.7, y: 0.5 })).ok).toBe(true);
    expect((await send(bo.socket, { type: 'place', statementId, x: 0.2, y: 0.5 })).ok).toBe(true);
    const onAnnasPhone = await resyncState(anna.socket);
    expect(onAnnasPhone.placements.map((p) => p.participantId)).toEqual([
      anna.participantId,
      expect.stringMatching(/^anon-/),
    ]);
    anna.socket.disconnect();
    saveParticipantToken(meeting.meetingId, anna.token);

    renderPhone(server, meeting.meetingId);
    const token = await screen.findByRole('button', { name: 'Jag – din placering' });
    expect(token).toHaveTextContent('Jag');
    expect(token).toHaveAccessibleDescription(/76 av 100 mot ”Stämmer helt”/);
    expect(screen.getByRole('button', { name: 'Sparad' })).toBeDisabled();
  });

  it('a phone without a token for this meeting is told so and offered to join', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    renderPhone(server, meeting.meetingId);
    expect(screen.getByText('Du har inte gått med i den här lärträffen på den här enheten.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå med' })).toHaveAttribute('href', '/');
  });

  it('a token the server does not know shows that the link is no longer valid', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    saveParticipantToken(meeting.meetingId, 'this-token-was-never-issued-by-the-server');
    renderPhone(server, meeting.meetingId);
    expect(await screen.findByRole('alert')).toHaveTextContent('Länken gäller inte (längre).');
  });

  it('when the server goes away the phone says it is reconnecting', async () => {
    const { server } = await annasPhone({ name: 'Anna', municipality: 'Kungsbacka' });
    expect(screen.getByText('Hej Anna!')).toBeInTheDocument();

    await act(() => server.close());
    expect(await screen.findByText('Återansluter…')).toBeInTheDocument();
  });
});
