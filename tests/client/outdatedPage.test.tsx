/**
 * [S5] A page that speaks another protocol than the server (the server was
 * upgraded while the page was open) does not stop following the meeting in
 * silence: it reloads once (tests/e2e/upgrade.e2e.test.ts, in a real
 * browser) and, when it already did, says why it cannot follow.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ScreenPage from '../../client/src/views/ScreenPage';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { closeAll, createMeeting, startServer, type TestServer } from '../support/server';
import { renderView } from '../support/view';

afterEach(async () => {
  await closeAll();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

/** A link is a path and a fragment (`/screen/<id>#<secret>`). */
function renderAt(server: TestServer, link: string) {
  return renderView(server.url, <ScreenPage />, link);
}

describe('[S5] a projector page older than the server', () => {
  it('that already reloaded once says Lärträff was updated and offers to reload, instead of going quiet', async () => {
    const server = await startServer({ protocol: PROTOCOL_VERSION + 1 });
    const meeting = await createMeeting(server.url);
    // This tab reloaded for the protocol already: the server still speaks another one.
    sessionStorage.setItem('lartraff.reloadedForProtocol', '1');
    renderAt(server, meeting.screenLink);

    expect(
      await screen.findByText(
        'Lärträff har uppdaterats och den här sidan kan inte följa mötet längre. Ladda om sidan.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Lärträff har uppdaterats');
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });

  it('a page of the server’s own protocol connects, and clears the guard so a later upgrade may reload it again', async () => {
    const server = await startServer();
    const meeting = await createMeeting(server.url);
    sessionStorage.setItem('lartraff.reloadedForProtocol', '1');
    renderAt(server, meeting.screenLink);

    expect(await screen.findByRole('heading', { name: 'Lärträff 2 – Trelleborgsmodellen' })).toBeInTheDocument();
    await expect.poll(() => sessionStorage.getItem('lartraff.reloadedForProtocol')).toBeNull();
  });
});
