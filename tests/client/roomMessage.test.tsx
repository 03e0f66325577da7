/**
 * The room's message and the nudge on a phone, against a real server (M1,
 * M2): what Anna reads, what she hides for herself, and the prompt to place
 * that leaves once she has placed.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lineCheckIn } from '../support/commandSamples';
import { annasPhone } from '../support/phone';
import { closeAll, snapshot } from '../support/server';

afterEach(async () => {
  cleanup();
  await closeAll();
});

describe('[M1] [M2] the room on a phone', () => {
  it('[M1] Anna reads the facilitator’s message, hides it on her phone, and it stays hidden after a reload', async () => {
    const { facilitator, ok, phone } = await annasPhone();
    await ok({ type: 'sendRoomMessage', text: 'Bussen går 16.15' });
    expect(await screen.findByText('Bussen går 16.15')).toBeInTheDocument();
    expect(screen.getByText('Från projektledaren')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Dölj meddelandet ”Bussen går 16.15” på den här skärmen' }));
    expect(screen.queryByText('Bussen går 16.15')).not.toBeInTheDocument();
    // Hidden on her phone only: the room still has it.
    expect((await snapshot(facilitator)).state.roomMessages).toHaveLength(1);
    cleanup();
    phone();
    expect(await screen.findByText('Hej Anna Svensson!')).toBeInTheDocument();
    await expect.poll(() => document.querySelector('.room-message')).not.toBeNull();
    expect(screen.queryByText('Bussen går 16.15')).not.toBeInTheDocument();
    await ok({ type: 'sendRoomMessage', text: 'Samling i stora salen nu' });
    // The new message replaces the hidden one, and shows.
    expect(await screen.findByText('Samling i stora salen nu')).toBeInTheDocument();
    expect(screen.queryByText('Bussen går 16.15')).not.toBeInTheDocument();
    const { id } = (await snapshot(facilitator)).state.roomMessages[0]!;
    await ok({ type: 'dismissRoomMessage', messageId: id });
    await expect.poll(() => screen.queryByText('Samling i stora salen nu')).toBeNull();
  });

  it('[M2] the nudge asks Anna to take her place, and goes once she has', async () => {
    const { facilitator, ok } = await annasPhone();
    await ok(lineCheckIn('Vi har ett EOR'));
    const statementId = (await snapshot(facilitator)).state.exercises[0]!.statements[0]!.id;
    await ok({ type: 'openStatement', statementId });
    expect(await screen.findByText('Vi har ett EOR')).toBeInTheDocument();
    expect(screen.queryByText('Dags att ställa dig vid påståendet.')).not.toBeInTheDocument();
    await ok({ type: 'nudgeUnplaced', statementId });
    expect(await screen.findByText('Dags att ställa dig vid påståendet.')).toBeInTheDocument();
    // She places with the keyboard (W2): the prompt goes.
    const token = await screen.findByRole('slider');
    fireEvent.keyDown(token, { key: 'ArrowRight' });
    fireEvent.keyDown(token, { key: 'Enter' });
    await expect.poll(() => screen.queryByText('Dags att ställa dig vid påståendet.'), { timeout: 3_000 }).toBeNull();
  });
});
