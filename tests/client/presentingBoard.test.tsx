/**
 * The presenting municipality's board on the projector when the hotel wifi
 * drops: the first fetch never reaches the server (a real proxy in front of
 * it closes the connection), the screen says it is trying again rather than
 * "no board", and the board comes once the connection is back. A figure
 * typed in meanwhile reaches the screen; a municipality the programme has no
 * board for says so.
 */
import { screen } from '@testing-library/react';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ComponentProps } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import PresentingBoard from '../../client/src/components/eor/PresentingBoard';
import { blankBoard } from '../../shared/year/eor';
import { CreateMeetingResponse } from '../../shared/protocol';
import { southCoastProgramme } from '../support/programme';
import { closeAll, connect, startServer, tokenFromLink, track } from '../support/server';
import { renderView } from '../support/view';

let proxy: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (proxy ? proxy.close(r) : r(null)));
  proxy = undefined;
  await closeAll();
});

/** A proxy to `target` whose first `drops` requests lose their connection, as on a wifi that drops. */
async function flakyProxy(target: string, drops: number): Promise<string> {
  let left = drops;
  proxy = createServer((req, res) => {
    if (left-- > 0) {
      req.socket.destroy();
      return;
    }
    void fetch(`${target}${req.url}`, { headers: { authorization: req.headers.authorization ?? '' } }).then(
      async (answer) => {
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      },
    );
  });
  await new Promise<void>((r) => proxy!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

/** A meeting started from the south coast programme, Ystad's board filled in; the projector's secret and the meeting's municipalities. */
async function meetingWithYstadsBoard() {
  const server = await startServer();
  const { organiser, path, plan } = await southCoastProgramme(server.url);
  const board = {
    ...blankBoard('2026-01'),
    sentence: 'Vi ska hjälpa 120 ystadbor till arbete eller studier i år.',
    yearlyTarget: 120,
    version: 0,
  };
  expect(
    (await organiser.put(`${path}/eor/${plan.municipalities.find((m) => m.name === 'Ystad')!.id}`, board)).status,
  ).toBe(200);
  const links = CreateMeetingResponse.parse(
    await (await organiser.post(`${path}/meetings/${plan.meetings[0]!.id}/start`)).json(),
  );
  const facilitator = track(await connect(server.url, { token: tokenFromLink(links.facilitatorLink) }));
  await facilitator.ready;
  const idOf = (name: string) => facilitator.state.municipalities.find((m) => m.name === name)!.id;
  const saveYstad = (sentence: string, version: number) =>
    organiser.put(`${path}/eor/${plan.municipalities.find((m) => m.name === 'Ystad')!.id}`, {
      ...board,
      sentence,
      version,
    });
  return { server, meetingId: links.meetingId, screenToken: tokenFromLink(links.screenLink), idOf, saveYstad };
}

function renderBoard(url: string, board: ComponentProps<typeof PresentingBoard>) {
  return renderView(url, <PresentingBoard {...board} />);
}

describe("the presenting municipality's board on the projector", () => {
  it('a dropped connection says it is trying again, not that there is no board, and the board comes when it is back', async () => {
    const { server, meetingId, screenToken, idOf } = await meetingWithYstadsBoard();
    const url = await flakyProxy(server.url, 1);
    renderBoard(url, { meetingId, municipalityId: idOf('Ystad'), name: 'Ystad', token: screenToken });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'EOR-tavlan för Ystad kunde inte hämtas. Försöker igen…',
    );
    expect(screen.queryByText(/har ingen EOR-tavla/)).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Ystad presenterar sitt EOR' }, { timeout: 6_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Vi ska hjälpa 120 ystadbor till arbete eller studier i år.')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('a figure typed in while Ystad presents reaches the screen without a reload', async () => {
    const { server, meetingId, screenToken, idOf, saveYstad } = await meetingWithYstadsBoard();
    renderBoard(server.url, {
      meetingId,
      municipalityId: idOf('Ystad'),
      name: 'Ystad',
      token: screenToken,
      refreshMs: 300,
    });
    await screen.findByText('Vi ska hjälpa 120 ystadbor till arbete eller studier i år.');
    expect((await saveYstad('Vi ska hjälpa 130 ystadbor till arbete eller studier i år.', 1)).status).toBe(200);
    expect(
      await screen.findByText('Vi ska hjälpa 130 ystadbor till arbete eller studier i år.', {}, { timeout: 3_000 }),
    ).toBeInTheDocument();
  });

  it('a municipality of the meeting that the programme has no board for says so in one line', async () => {
    const { server, meetingId, screenToken } = await meetingWithYstadsBoard();
    renderBoard(server.url, { meetingId, municipalityId: 'nobody', name: 'Okänd', token: screenToken });
    expect(await screen.findByText('Okänd har ingen EOR-tavla i lärprojektet.')).toBeInTheDocument();
  });
});
