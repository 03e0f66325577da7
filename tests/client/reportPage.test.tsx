/**
 * The day's report in the browser (jsdom) against a real server: the version
 * to hand out by default, the team's version on request (V2), and the cards
 * for the room.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import PrintPage from '../../client/src/views/PrintPage';
import ReportPage from '../../client/src/views/ReportPage';
import { checkInOf } from '../support/commandSamples';
import { closeAll, connect, joinByCode, openMeeting, send, tokenFromLink, type TestServer } from '../support/server';
import { renderView } from '../support/view';

afterEach(async () => {
  await closeAll();
  history.replaceState(null, '', '/');
});

/** The column heads of the first table in `region`, as read. */
const headsIn = (region: HTMLElement) =>
  within(within(region).getAllByRole('table')[0]!)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

function renderAt(server: TestServer, path: string, view: React.ReactNode) {
  return renderView(server.url, view, path);
}

async function dayWithNote() {
  const { server, meeting, facilitator } = await openMeeting();
  await joinByCode(server.url, meeting.code, 'Åsa Öberg', 'Kungsbacka');
  await joinByCode(server.url, meeting.code, 'Per Holm', 'Kungsbacka');
  const evaluator = await connect(server.url, { token: tokenFromLink(meeting.evaluatorLink) });
  expect(
    (await send(evaluator, { type: 'addTeamNote', kind: 'observation', text: 'Kungsbacka var tysta i klustret' })).ok,
  ).toBe(true);
  return { server, meeting, facilitator };
}

describe('the report page', () => {
  it("the evaluator opens the report: attendance per municipality, no team notes or names until the team's version is chosen", async () => {
    const { server, meeting } = await dayWithNote();
    renderAt(
      server,
      `/report/${meeting.meetingId}${meeting.evaluatorLink.slice(meeting.evaluatorLink.indexOf('#'))}`,
      <ReportPage />,
    );
    const attendance = await screen.findByRole('region', { name: 'Närvaro' });
    expect(within(attendance).getByRole('row', { name: /Kungsbacka 2/ })).toBeInTheDocument();
    expect(headsIn(attendance)).toEqual(['Kommun', 'Antal']);
    const agenda = screen.getByRole('region', { name: 'Programmet: planerat och faktiskt' });
    expect(agenda).toHaveTextContent('Teamets incheckning');
    expect(headsIn(agenda)).toEqual(['Programpunkt', 'Planerat', 'Faktiskt', 'Skillnad']);
    expect(screen.queryByText('Kungsbacka var tysta i klustret')).not.toBeInTheDocument();
    expect(screen.queryByText(/Åsa Öberg/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: /Teamets version/ }));
    expect(await screen.findByText('Kungsbacka var tysta i klustret')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Teamets egen del' })).getByText('Endast för teamet – dela inte ut'),
    ).toBeInTheDocument();
    expect(within(attendance).getByText('Per Holm, Åsa Öberg')).toBeInTheDocument();
    expect(headsIn(attendance)).toEqual(['Kommun', 'Antal', 'Namn']);
  });

  it("the projector's link does not open the report", async () => {
    const { server, meeting } = await dayWithNote();
    renderAt(server, `/report/${meeting.meetingId}#${meeting.screenToken}`, <ReportPage />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Närvaro' })).not.toBeInTheDocument();
  });
});

describe('the statement cards', () => {
  it('the facilitator prints the check-in: the statement, then each pole on its own sheet', async () => {
    const { server, meeting, facilitator } = await dayWithNote();
    const checkIn = checkInOf([{ text: 'Vi följer upp varje månad', board: boardTemplate('line') }]);
    expect((await send(facilitator, checkIn)).ok).toBe(true);
    const { container } = renderAt(
      server,
      `/report/${meeting.meetingId}/cards#${meeting.facilitatorToken}`,
      <PrintPage kind="cards" />,
    );
    expect(await screen.findByText('Vi följer upp varje månad')).toBeInTheDocument();
    const sheets = [...container.querySelectorAll('.print-sheet')].map(
      (s) => s.querySelector('.print-sheet__text, .print-sheet__label')?.textContent,
    );
    expect(sheets).toEqual(['Vi följer upp varje månad', 'Stämmer inte alls', 'Stämmer helt']);
    await userEvent.selectOptions(screen.getByLabelText('Pappersstorlek'), 'a5');
    expect(container.querySelector('.print-sheets--a5')).not.toBeNull();
  });
});
