/**
 * [PD7] The projector on an anonymous exercise: it knows the tokens by
 * pseudonym and municipality only, and still draws every one of them, marked
 * and coloured by municipality, with the key under the board.
 */
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerUrl } from '../../client/src/serverUrl';
import ScreenPage from '../../client/src/views/ScreenPage';
import { annaAndBoOnAnAnonymousStatement } from '../support/meetingDay';
import { closeAll, send } from '../support/server';

afterEach(async () => {
  await closeAll();
  history.replaceState(null, '', '/');
});

describe('[PD7] the projector on an anonymous exercise', () => {
  it('draws each token in its municipality’s mark though it never learns whose it is', async () => {
    const text = 'Vi har ett EOR som alla känner till';
    const { server, meeting, anna, bo, statementId } = await annaAndBoOnAnAnonymousStatement(text);
    await send(anna.socket, { type: 'place', statementId, x: 0.7, y: 0.5 });
    await send(bo.socket, { type: 'place', statementId, x: 0.2, y: 0.5 });

    history.replaceState(null, '', meeting.screenLink);
    const { container } = render(
      <ServerUrl.Provider value={server.url}>
        <ScreenPage />
      </ServerUrl.Provider>,
    );
    expect(await screen.findByRole('heading', { name: text })).toBeInTheDocument();
    expect(await screen.findByText(/2 av 2 har placerat sig/)).toBeInTheDocument();
    const tokens = [...container.querySelectorAll('.board .token')];
    expect(tokens.map((t) => t.textContent).sort()).toEqual(['KU', 'TR']);
    expect(container.innerHTML).not.toContain(anna.participantId);
    const key = screen.getByText('Trelleborg').closest('li') ?? screen.getByText('Trelleborg').parentElement!;
    expect(within(key).getByText('TR')).toBeInTheDocument();
  });
});
