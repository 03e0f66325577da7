/** [A7] The console's secret links against a real server: replace with a confirm step, the new link shown once. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closeAll,
  connect,
  createMeeting,
  disconnected,
  refusal,
  startServer,
  tokenFromLink,
  welcomeOf,
} from '../support/server';
import { openConsole } from '../support/view';

afterEach(closeAll);

async function consoleOnLinks() {
  const server = await startServer();
  const meeting = await createMeeting(server.url);
  openConsole(server.url, meeting);
  // The secret links are set-up: their own tab of the console.
  await userEvent.setup().click(await screen.findByRole('tab', { name: 'Länkar och rapport' }));
  const links = await screen.findByRole('region', { name: 'Hemliga länkar' });
  return { server, meeting, links };
}

describe('[A7] replacing a link from the console', () => {
  it('the projector link is replaced only after the confirm step; the new link shows once and the old projector drops', async () => {
    const { server, meeting, links } = await consoleOnLinks();
    const projector = await connect(server.url, { token: meeting.screenToken });
    const dropped = disconnected(projector);
    const user = userEvent.setup();
    const item = within(links).getByRole('heading', { name: 'Projektorns länk' }).closest('li')!;

    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Byt länk' }));
    expect(within(item as HTMLElement).getByText(/Den gamla länken slutar fungera/)).toBeInTheDocument();
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Avbryt' }));
    expect(projector.connected).toBe(true);

    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Byt länk' }));
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Ja, byt länken' }));
    const shown = await within(item as HTMLElement).findByRole('status');
    expect(shown).toHaveTextContent('Ny länk – den visas bara nu');
    const path = within(shown).getByRole('link').getAttribute('href')!;
    expect(path).not.toContain(meeting.screenToken);
    await dropped;
    expect(await refusal(server.url, { token: meeting.screenToken })).toMatchObject({ code: 'forbidden' });
    expect(welcomeOf(await connect(server.url, { token: tokenFromLink(path) })).actor.role).toBe('screen');
  });

  it("replacing the console's own link keeps the console running on the new link", async () => {
    const { server, meeting, links } = await consoleOnLinks();
    const user = userEvent.setup();
    const item = within(links)
      .getByRole('heading', { name: 'Projektledarens länk (den här konsolen)' })
      .closest('li') as HTMLElement;
    expect(within(item).queryByRole('button', { name: 'Spärra' })).not.toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Byt länk' }));
    await user.click(within(item).getByRole('button', { name: 'Ja, byt länken' }));
    const again = await screen.findByRole('region', { name: 'Hemliga länkar' });
    const shown = await within(again).findByRole('status');
    const path = within(shown).getByRole('link').getAttribute('href')!;
    expect(location.hash).toBe(`#${tokenFromLink(path)}`);
    expect(await refusal(server.url, { token: meeting.facilitatorToken })).toMatchObject({ code: 'forbidden' });
    expect(await screen.findByRole('button', { name: 'Starta dagen' })).toBeInTheDocument();
  });
});
