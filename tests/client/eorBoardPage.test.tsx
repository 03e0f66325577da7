/**
 * Ystad's EOR board page against a real server: the municipality types its
 * month by keyboard, sees the figures and the backward plan change, saves,
 * and a wrong number is marked where it is, in Swedish.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import EorBoardPage from '../../client/src/views/EorBoardPage';
import { blankBoard } from '../../shared/year/eor';
import { BoardEntry, BoardResponse, eorLink, LinkResponse } from '../../shared/year/eorApi';
import { programmeApi, southCoastProgramme } from '../support/programme';
import { closeAll, startServer, tokenFromLink } from '../support/server';
import { renderView } from '../support/view';

afterEach(async () => {
  history.replaceState(null, '', '/');
  await closeAll();
});

/** The south coast programme; Ystad's board with a yearly target of 120 and January to March reported; Ystad's own link. */
async function ystadOpensItsBoard() {
  const server = await startServer();
  const { created, organiser, path, plan } = await southCoastProgramme(server.url);
  const ystad = plan.municipalities.find((m) => m.name === 'Ystad')!.id;
  const board = {
    ...blankBoard('2026-01'),
    sentence: 'Vi ska hjälpa 120 ystadbor till arbete eller studier i år.',
    measure: 'personer till arbete eller studier',
    unit: 'personer',
    yearlyTarget: 120,
    version: 0,
  };
  [8, 12, 10].forEach((v, i) => (board.months[i]!.outcome = v));
  expect((await organiser.put(`${path}/eor/${ystad}`, board)).status).toBe(200);
  const { link } = LinkResponse.parse(await (await organiser.post(`${path}/eor/${ystad}/link`)).json());
  const own = programmeApi(server.url, tokenFromLink(link));
  renderView(server.url, <EorBoardPage programmeId={created.programmeId} boardId={ystad} />, link);
  await screen.findByRole('heading', { level: 1, name: 'EOR-tavla: Ystad' });
  const stored = async () => BoardResponse.parse(await (await own.get(`${path}/eor/${ystad}`)).json()).board;
  return { stored };
}

const figure = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!;

describe("Ystad's EOR board", () => {
  it('April typed by keyboard moves the figures and the backward plan, and the save is kept', async () => {
    const { stored } = await ystadOpensItsBoard();
    const user = userEvent.setup();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Vi ska hjälpa 120 ystadbor till arbete eller studier i år.' }),
    ).toBeInTheDocument();
    // 30 of 120 after March: 90 left over nine months, 10 a month.
    expect(figure('Kvar till årsmålet')).toHaveTextContent('90 personer');
    expect(figure('Takt som behövs')).toHaveTextContent('10 per månad (9 månader kvar)');

    // From March's outcome, Enter moves down to April.
    await user.click(screen.getByLabelText('Utfall, mars 2026'));
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Utfall, april 2026')).toHaveFocus();
    await user.keyboard('15');
    // 45 of 120: 75 left over eight months, 9.375, so 10 a month; the first months of the plan need 10.
    expect(figure('Kvar till årsmålet')).toHaveTextContent('75 personer');
    expect(figure('Takt som behövs')).toHaveTextContent('10 per månad (8 månader kvar)');
    const may = screen.getByRole('row', { name: /maj 2026/ });
    expect(within(may).getAllByRole('cell').at(-1)).toHaveTextContent('10');
    expect(screen.getByText('Du har ändringar som inte är sparade.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Tavlan är sparad.')).toBeInTheDocument();
    const saved = await stored();
    expect(saved.months[3]!.outcome).toBe(15);
    expect(saved.version).toBe(2);
  });

  it('half a person in May is marked on the cell, in Swedish, takes the focus, and nothing is saved', async () => {
    const { stored } = await ystadOpensItsBoard();
    const user = userEvent.setup();
    const mayOutcome = screen.getByLabelText('Utfall, maj 2026');
    await user.type(mayOutcome, '2,5');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Inget sparades. Rätta de markerade fälten (1).');
    expect(mayOutcome).toHaveAttribute('aria-invalid', 'true');
    expect(mayOutcome).toHaveAccessibleDescription('Ska vara ett heltal.');
    expect(mayOutcome).toHaveFocus();
    expect((await stored()).version).toBe(1);
  });

  it('the charts have titles and descriptions a screen reader reads, and a legend in words', async () => {
    await ystadOpensItsBoard();
    expect(
      screen.getByRole('img', { name: 'Per månad: personer till arbete eller studier, i år mot förra året' }),
    ).toHaveAccessibleDescription(/Fyllda staplar är i år/);
    expect(
      screen.getByRole('img', { name: 'Ackumulerat över året, med målkurvan och takten som behövs' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Takt som behövs').length).toBeGreaterThan(0);
    expect(screen.getByText(/Efter målkurvan|I fas med målkurvan/)).toBeInTheDocument();
  });
});

describe("the host team's process board", () => {
  it('the organiser removes it in two steps; cancel keeps it, yes removes it and goes back to the programme', async () => {
    const server = await startServer();
    const { created, organiser, path } = await southCoastProgramme(server.url);
    const added = BoardEntry.parse(
      await (await organiser.post(`${path}/eor/processes`, { name: 'Trelleborg: Självförsörjning' })).json(),
    );
    renderView(
      server.url,
      <EorBoardPage programmeId={created.programmeId} boardId={added.boardId} />,
      eorLink(created.programmeId, created.token, added.boardId),
    );
    await screen.findByRole('heading', { level: 1, name: 'EOR-tavla: Trelleborg: Självförsörjning' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ta bort tavlan' }));
    expect(screen.getByRole('heading', { name: 'Ta bort Trelleborg: Självförsörjning?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Ta bort tavlan' })).toHaveFocus();
    expect((await organiser.get(`${path}/eor/${added.boardId}`)).status).toBe(200);

    await user.click(screen.getByRole('button', { name: 'Ta bort tavlan' }));
    await user.click(screen.getByRole('button', { name: 'Ja, ta bort tavlan' }));
    await expect.poll(() => location.pathname).toBe(`/eor/${created.programmeId}`);
    expect(location.hash).toBe(`#${created.token}`);
    expect((await organiser.get(`${path}/eor/${added.boardId}`)).status).toBe(404);
  });

  it("a municipality's own board has no remove button", async () => {
    await ystadOpensItsBoard();
    expect(screen.queryByRole('button', { name: 'Ta bort tavlan' })).not.toBeInTheDocument();
  });
});
