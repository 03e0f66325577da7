/**
 * Anna's phone for the client tests: a real server, a meeting she has joined
 * (as Anna Svensson from Trelleborg unless said), her token saved as the join
 * form saves it, and the phone's page rendered in jsdom, greeting her. The
 * facilitator's socket sends what the room does.
 */
import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { saveParticipantToken } from '../../client/src/storage';
import ParticipantPage from '../../client/src/views/ParticipantPage';
import { connect, createMeeting, joinByCode, send, startServer } from './server';
import { renderView } from './view';

export async function annasPhone({ name = 'Anna Svensson', municipality = 'Trelleborg' } = {}) {
  const server = await startServer();
  const meeting = await createMeeting(server.url);
  const anna = await joinByCode(server.url, meeting.code, name, municipality);
  anna.socket.disconnect();
  saveParticipantToken(meeting.meetingId, anna.token);
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  /** A command from the console that must go through. */
  const ok = async (command: unknown) => {
    const ack = await send(facilitator, command);
    if (!ack.ok) throw new Error(JSON.stringify(ack));
  };
  /** Renders the phone's page, as opening or reloading it does. */
  const phone = () => renderView(server.url, <ParticipantPage meetingId={meeting.meetingId} />);
  phone();
  expect(await screen.findByText(`Hej ${name}!`)).toBeInTheDocument();
  return { server, meeting, facilitator, ok, phone };
}
