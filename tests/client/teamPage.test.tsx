/**
 * The evaluator's view in the browser (jsdom) against a real server: she
 * follows what the room does now (the open statement's board, the clusters'
 * rounds), and changes, tags and deletes her own notes (O1, O2).
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { setLanguage } from '../../client/src/i18n';
import TeamPage from '../../client/src/views/TeamPage';
import { checkInOf } from '../support/commandSamples';
import { closeAll, connect, createMeeting, send, snapshot, startServer } from '../support/server';
import { renderView } from '../support/view';

afterEach(async () => {
  await closeAll();
  setLanguage('sv');
  history.replaceState(null, '', '/');
});

async function evaluatorView() {
  const server = await startServer();
  const meeting = await createMeeting(server.url, {
    name: 'Lärträff 2',
    date: '2026-11-23',
    municipalities: [{ name: 'Ystad' }, { name: 'Skurup' }],
    clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' }],
  });
  const facilitator = await connect(server.url, { token: meeting.facilitatorToken });
  const ok = async (command: object) => expect((await send(facilitator, command)).ok).toBe(true);
  renderView(server.url, <TeamPage />, meeting.evaluatorLink);
  const live = await screen.findByRole('region', { name: /^(Just nu i rummet|Now in the room)$/ });
  return { server, meeting, facilitator, ok, live };
}

describe("the evaluator's live view", () => {
  it('she sees the open statement’s board as the room places, then the clusters’ rounds', async () => {
    const { facilitator, ok, live } = await evaluatorView();
    expect(within(live).getByText('Ingen övning eller runda pågår just nu.')).toBeInTheDocument();
    await ok(checkInOf([{ text: 'Vi har ett EOR', board: boardTemplate('line') }]));
    const { state } = await snapshot(facilitator);
    await ok({ type: 'openStatement', statementId: state.exercises[0]!.statements[0]!.id });
    expect(await within(live).findByRole('region', { name: 'Vi har ett EOR' })).toBeInTheDocument();

    await ok({ type: 'closeExercise', exerciseId: state.exercises[0]!.id });
    await ok({ type: 'startFeedback', clusterId: state.clusters[0]!.id });
    expect(await within(live).findByText('Ystad presenterar')).toBeInTheDocument();
  });
});

describe('[O1] [O2] the evaluator’s own notes', () => {
  it('[O1] [O2] she writes a note, tags it to Skurup, corrects it, and deletes it; the console’s note is not hers to change', async () => {
    const { facilitator, ok } = await evaluatorView();
    await ok({ type: 'addTeamNote', kind: 'feedback', text: 'Från konsolen' });
    const user = userEvent.setup();
    const notes = screen.getByRole('region', { name: 'Följeforskarens anteckningar' });
    await user.type(within(notes).getByLabelText('Ny anteckning'), 'Skurup var tysta');
    await user.click(within(notes).getByRole('button', { name: 'Lägg till' }));
    // The list shows the note once its broadcast arrives, which may be after the ack that clears the form.
    const list = await within(notes).findByRole('list');
    expect(await within(notes).findByText('2 anteckningar')).toBeInTheDocument();
    expect(within(list).getByText('Skurup var tysta')).toBeInTheDocument();

    const consoleNote = within(notes).getByText('Från konsolen').closest('li')!;
    expect(within(consoleNote).queryByRole('button', { name: /Ändra|Ta bort/ })).not.toBeInTheDocument();

    const mine = within(notes).getByText('Skurup var tysta').closest('li')!;
    await user.click(within(mine).getByRole('button', { name: /^Ändra anteckningen från/ }));
    const text = within(mine).getByRole('textbox');
    await user.clear(text);
    await user.type(text, 'Skurup var tysta i början');
    await user.selectOptions(within(mine).getByLabelText('Kommun'), 'Skurup');
    await user.click(within(mine).getByRole('button', { name: 'Spara ändringen' }));
    // The note's text in the list, not the edit form's field, which the ack closes before the broadcast arrives.
    expect(await within(list).findByText('Skurup var tysta i början', { selector: 'p' })).toBeInTheDocument();
    // The status comes with the server's ack, which may reach the page after the broadcast that changed the text.
    await expect.poll(() => within(notes).getByRole('status').textContent).toBe('Anteckningen är ändrad.');
    const { state } = await snapshot(facilitator);
    const edited = state.teamNotes.find((n) => n.text === 'Skurup var tysta i början')!;
    expect(edited.municipalityId).toBe(state.municipalities.find((m) => m.name === 'Skurup')!.id);
    expect(edited.editedAt).toBeDefined();

    const again = within(notes).getByText('Skurup var tysta i början').closest('li')!;
    await user.click(within(again).getByRole('button', { name: 'Ta bort' }));
    await user.click(within(again).getByRole('button', { name: 'Ja, ta bort den' }));
    await expect.poll(() => within(notes).queryByText('Skurup var tysta i början'), { timeout: 5_000 }).toBeNull();
    expect(within(notes).getByText('1 anteckning')).toBeInTheDocument();
  });

  it('[L1] in English the note count and the live view are in English', async () => {
    setLanguage('en');
    const { live } = await evaluatorView();
    expect(within(live).getByText('No exercise or round is running right now.')).toBeInTheDocument();
    expect(screen.getByText('0 notes')).toBeInTheDocument();
  });
});
