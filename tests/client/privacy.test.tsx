/**
 * [PD1] [PD2] Personal data on the screens, against a real server: a phone
 * removes its participant in two steps, and the join form of an anonymous
 * meeting asks for no name.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { JoinForm } from '../../client/src/components/JoinForm';
import { participantToken } from '../../client/src/storage';
import { annasPhone } from '../support/phone';
import { closeAll, connect, createMeeting, resync, startServer, track, waitFor as waitUntil } from '../support/server';

afterEach(closeAll);

describe('[PD2] a participant removes themself from the phone', () => {
  it('the button asks first; after "Ja, ta bort mig" the console\'s roster loses her and the phone forgets her token', async () => {
    const { meeting, facilitator } = await annasPhone();
    const console_ = track(facilitator);
    await console_.ready;
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ta bort mig från lärträffen' }));
    // The second step: what goes, with focus on it, and a way back.
    expect(screen.getByRole('heading', { name: 'Ta bort dig?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Ta bort mig från lärträffen' })).toHaveFocus();
    expect(console_.state.participants).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Ta bort mig från lärträffen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort mig' }));
    expect(await screen.findByText('Du är borttagen från lärträffen. Inget om dig finns kvar.')).toBeInTheDocument();
    expect(participantToken(meeting.meetingId)).toBeNull();
    await waitUntil(() => console_.state.participants.length === 0, 3_000, 'the roster without Anna');
    expect(screen.getByRole('link', { name: 'Gå med' })).toBeInTheDocument();
  });
});

describe('[PD1] the join form of an anonymous meeting', () => {
  it('asks only for the municipality, says why, and sends no name', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url, {
      name: 'Lärträff 2',
      date: '2026-11-23',
      municipalities: [{ name: 'Ystad' }],
      anonymous: true,
    });
    const guest = await connect(server.url, { code: meeting.code });
    const ack = await resync(guest, 0);
    if (!ack.ok || ack.kind !== 'snapshot') throw new Error('expected a snapshot');
    const sent: [string, string][] = [];
    const user = userEvent.setup();
    render(
      <JoinForm
        municipalities={ack.state.municipalities}
        anonymous={ack.state.anonymous}
        onJoin={async (name, m) => (sent.push([name, m]), null)}
      />,
    );
    expect(screen.queryByLabelText('Ditt namn')).not.toBeInTheDocument();
    expect(screen.getByText(/du syns som ett nummer från din kommun/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kommun'), 'Ystad');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    await waitFor(() => expect(sent).toEqual([['', 'Ystad']]));
  });
});
