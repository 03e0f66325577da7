/**
 * The EOR boards over HTTP against the real server: Ystad keeps its board
 * between lärträffar through its own link, the organiser sees every board,
 * a supervisor reads its cluster's, the projector of a meeting started from
 * the programme reads the presenting municipality's; homework is handed in
 * and answered.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blankBoard, EorBoard } from '../../shared/year/eor';
import { BoardEntry, BoardResponse, BoardsResponse, LinkResponse } from '../../shared/year/eorApi';
import { HomeworkResponse } from '../../shared/year/homework';
import { Programme } from '../../shared/year/programme';
import { CreateMeetingResponse } from '../../shared/protocol';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST, type CreatedProgramme } from '../support/programme';
import { closeAll, connect, send, startServer, tokenFromLink, track, type TestServer } from '../support/server';
import { endOfFirstPresentation } from '../support/commandSamples';

let server: TestServer;
let created: CreatedProgramme;
let organiser: ReturnType<typeof programmeApi>;
let path: string;
let plan: Programme;
const idOf = (name: string) => plan.municipalities.find((m) => m.name === name)!.id;

beforeEach(async () => {
  server = await startServer();
  created = await createProgramme(server.url);
  organiser = programmeApi(server.url, created.token);
  path = `/api/programmes/${created.programmeId}`;
  const res = await organiser.put(path, {
    ...programmeOf(SOUTH_COAST),
    id: created.programmeId,
    name: 'Lärprojekt Sydkusten',
    version: 0,
  });
  plan = Programme.parse(await res.json());
});

afterEach(closeAll);

/** The organiser issues a municipality's link from the programme page; the municipality's people use it. */
async function municipalityLink(name: string) {
  const res = await organiser.post(`${path}/eor/${idOf(name)}/link`);
  expect(res.status).toBe(201);
  const { link } = LinkResponse.parse(await res.json());
  return { link, api: programmeApi(server.url, tokenFromLink(link)) };
}

async function supervisorLink(clusterName: string) {
  const cluster = plan.clusters.find((c) => c.name === clusterName)!;
  const res = await organiser.post(`${path}/clusters/${cluster.id}/link`);
  expect(res.status).toBe(201);
  return programmeApi(server.url, tokenFromLink(LinkResponse.parse(await res.json()).link));
}

/** Ystad's year so far: 120 people into work or studies, four months reported. */
function ystadBoard(version: number): EorBoard {
  const board = blankBoard('2026-01');
  board.sentence = 'Vi ska hjälpa 120 ystadbor från försörjningsstöd till arbete eller studier i år.';
  board.measure = 'personer till arbete eller studier';
  board.unit = 'personer';
  board.yearlyTarget = 120;
  [8, 12, 9, 10].forEach((outcome, i) => (board.months[i]!.outcome = outcome));
  return { ...board, version };
}

async function boardOf(api: ReturnType<typeof programmeApi>, name: string) {
  const res = await api.get(`${path}/eor/${idOf(name)}`);
  expect(res.status).toBe(200);
  return BoardResponse.parse(await res.json());
}

describe('Ystad keeps its EOR board through its own link', () => {
  it('the link opens an empty board, a save is kept, and the next visit shows the figures', async () => {
    const ystad = await municipalityLink('Ystad');
    expect(ystad.link).toMatch(new RegExp(`^/eor/${created.programmeId}/${idOf('Ystad')}#`));
    const first = await boardOf(ystad.api, 'Ystad');
    expect(first).toMatchObject({
      name: 'Ystad',
      process: false,
      editable: true,
      board: { version: 0, yearlyTarget: null },
    });

    const saved = await ystad.api.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0));
    expect(saved.status).toBe(200);
    expect(EorBoard.parse(await saved.json()).version).toBe(1);
    const again = await boardOf(ystad.api, 'Ystad');
    expect(again.board.months.slice(0, 4).map((m) => m.outcome)).toEqual([8, 12, 9, 10]);
    expect(again.board.sentence).toContain('120 ystadbor');
  });

  it('[EOR1] a municipality reads and changes only its own board', async () => {
    const ystad = await municipalityLink('Ystad');
    const skurupBoard = `${path}/eor/${idOf('Skurup')}`;
    expect((await ystad.api.put(skurupBoard, ystadBoard(0))).status).toBe(403);
    expect((await ystad.api.get(skurupBoard)).status).toBe(403);
    expect((await ystad.api.get(`${skurupBoard}/export.csv`)).status).toBe(403);
    expect((await ystad.api.upload(`${skurupBoard}/import`, 'Månad;Utfall\n2026-01;5\n')).status).toBe(403);
    // Nor may it hand itself, or anyone, a link, or read the programme document.
    expect((await ystad.api.post(`${skurupBoard}/link`)).status).toBe(403);
    expect((await ystad.api.get(path)).status).toBe(403);
    expect((await boardOf(organiser, 'Skurup')).board.version).toBe(0);

    expect((await programmeApi(server.url, null).get(skurupBoard)).status).toBe(401);
    const other = await createProgramme(server.url, 'Ett annat lärprojekt');
    expect((await programmeApi(server.url, other.token).get(skurupBoard)).status).toBe(403);
  });

  it('[EOR1] a new link for Ystad replaces the old one', async () => {
    const old = await municipalityLink('Ystad');
    const fresh = await municipalityLink('Ystad');
    expect((await old.api.get(`${path}/eor/${idOf('Ystad')}`)).status).toBe(403);
    expect((await fresh.api.get(`${path}/eor/${idOf('Ystad')}`)).status).toBe(200);
  });

  it('[EOR2] a board has its own version: a stale save is a conflict, and the programme saved meanwhile is not', async () => {
    const ystad = await municipalityLink('Ystad');
    const board = `${path}/eor/${idOf('Ystad')}`;
    expect((await ystad.api.put(board, ystadBoard(0))).status).toBe(200);
    // The organiser renames the programme while Ystad's second person types in April.
    expect((await organiser.put(path, { ...plan, name: 'Lärprojekt Sydkusten 2026' })).status).toBe(200);
    const stale = await organiser.put(board, { ...ystadBoard(0), yearlyTarget: 999 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'conflict', version: 1 });
    expect((await boardOf(organiser, 'Ystad')).board.yearlyTarget).toBe(120);
    expect((await organiser.put(board, { ...ystadBoard(1), yearlyTarget: 130 })).status).toBe(200);
    expect((await boardOf(ystad.api, 'Ystad')).board).toMatchObject({ yearlyTarget: 130, version: 2 });
  });

  it('[EOR3] bad numbers are refused with the month and field named, and nothing changes', async () => {
    const ystad = await municipalityLink('Ystad');
    const board = `${path}/eor/${idOf('Ystad')}`;
    const bad = ystadBoard(0);
    bad.months[3]!.outcome = -4;
    const res = await ystad.api.put(board, bad);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'invalid', message: 'months.3.outcome: cannot be negative' });
    bad.months[3]!.outcome = 2.5;
    expect((await (await ystad.api.put(board, bad)).json()).message).toBe('months.3.outcome: must be a whole number');
    expect((await boardOf(ystad.api, 'Ystad')).board.version).toBe(0);
  });

  it('[EOR4] months from a spreadsheet: a bad row is reported by row and column and nothing applies; a good file applies; export gives it back', async () => {
    const ystad = await municipalityLink('Ystad');
    const board = `${path}/eor/${idOf('Ystad')}`;
    const refused = await ystad.api.upload(
      `${board}/import`,
      'Månad;Mål;Utfall;Förra året\n2026-01;10;8;5\njuni;10;-3;x\n2027-05;1;1;1\n',
    );
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(
      body.rows.map((r: { row: number; column?: string; problem: string }) => `${r.row} ${r.column} ${r.problem}`),
    ).toEqual(['3 Utfall negative', '3 Förra året badNumber', '4 Månad badMonth']);
    expect((await boardOf(ystad.api, 'Ystad')).board.version).toBe(0);

    const ok = await ystad.api.upload(
      `${board}/import`,
      '\uFEFFMånad;Mål;Utfall;Förra året\r\njanuari;10;8;5\r\n2026-02;10;12;10\r\n',
    );
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ imported: 2, board: { version: 1 } });
    const exported = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (await ystad.api.get(`${board}/export.csv`)).arrayBuffer(),
    );
    expect(exported.split('\r\n').slice(0, 4)).toEqual([
      '\uFEFFMånad;Mål;Utfall;Förra året',
      '2026-01;10;8;5',
      '2026-02;10;12;10',
      '2026-03;;;',
    ]);
  });
});

describe('the organiser and the supervisors', () => {
  it("the organiser sees every municipality's board side by side, with the host team's process boards", async () => {
    const ystad = await municipalityLink('Ystad');
    await ystad.api.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0));
    const added = await organiser.post(`${path}/eor/processes`, { name: 'Självförsörjning' });
    expect(added.status).toBe(201);
    const all = BoardsResponse.parse(await (await organiser.get(`${path}/eor`)).json());
    expect(all.boards.map((b) => [b.name, b.process, b.board.version])).toEqual([
      ['Ystad', false, 1],
      ['Skurup', false, 0],
      ['Sjöbo', false, 0],
      ['Höör', false, 0],
      ['Tomelilla', false, 0],
      ['Självförsörjning', true, 1],
    ]);
    expect(all.meetings.map((m) => m.number)).toEqual([1, 2]);
  });

  it("the organiser removes a process board; a municipality's board cannot be removed, and no other link removes anything", async () => {
    const added = BoardEntry.parse(
      await (await organiser.post(`${path}/eor/processes`, { name: 'Självförsörjning' })).json(),
    );
    const ystad = await municipalityLink('Ystad');
    await ystad.api.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0));
    const karin = await supervisorLink('Kluster Syd');
    for (const api of [ystad.api, karin]) expect((await api.delete(`${path}/eor/${added.boardId}`)).status).toBe(403);
    expect((await organiser.delete(`${path}/eor/${idOf('Ystad')}`)).status).toBe(400);

    expect((await organiser.delete(`${path}/eor/${added.boardId}`)).status).toBe(204);
    const all = BoardsResponse.parse(await (await organiser.get(`${path}/eor`)).json());
    expect(all.boards.map((b) => b.name)).toEqual(['Ystad', 'Skurup', 'Sjöbo', 'Höör', 'Tomelilla']);
    expect((await boardOf(organiser, 'Ystad')).board.yearlyTarget).toBe(120);
    expect((await organiser.get(`${path}/eor/${added.boardId}`)).status).toBe(404);
    expect((await organiser.delete(`${path}/eor/${added.boardId}`)).status).toBe(404);
  });

  it("a supervisor's link reads its cluster's boards, not another cluster's, and changes none", async () => {
    const karin = await supervisorLink('Kluster Syd');
    const list = BoardsResponse.parse(await (await karin.get(`${path}/eor`)).json());
    expect(list).toMatchObject({ access: 'supervisor', clusterName: 'Kluster Syd' });
    expect(list.boards.map((b) => b.name)).toEqual(['Ystad', 'Skurup']);
    expect((await boardOf(karin, 'Ystad')).editable).toBe(false);
    expect((await karin.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0))).status).toBe(403);
    expect((await karin.get(`${path}/eor/${idOf('Höör')}`)).status).toBe(403);
  });
});

describe("the projector and the cluster's tablet show the presenting municipality's board", () => {
  it("a meeting started from the programme reads Ystad's board with its projector and supervisor links; Ystad's board link could not", async () => {
    const ystad = await municipalityLink('Ystad');
    await ystad.api.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0));
    const links = CreateMeetingResponse.parse(
      await (await organiser.post(`${path}/meetings/${plan.meetings[0]!.id}/start`)).json(),
    );
    const facilitator = track(await connect(server.url, { token: tokenFromLink(links.facilitatorLink) }));
    await facilitator.ready;
    const ystadInMeeting = facilitator.state.municipalities.find((m) => m.name === 'Ystad')!.id;
    const url = `/api/meetings/${links.meetingId}/eor/${ystadInMeeting}`;

    const onScreen = await programmeApi(server.url, tokenFromLink(links.screenLink)).get(url);
    expect(onScreen.status).toBe(200);
    expect(BoardResponse.parse(await onScreen.json())).toMatchObject({
      name: 'Ystad',
      editable: false,
      board: { yearlyTarget: 120 },
    });
    // The cluster's tablet (its supervisor's meeting link) shows it too; the day's report reads it with the same links.
    const tablet = programmeApi(
      server.url,
      tokenFromLink(links.supervisorLinks.find((l) => l.name === 'Kluster Syd')!.link),
    );
    expect(BoardResponse.parse(await (await tablet.get(url)).json())).toMatchObject({
      name: 'Ystad',
      board: { yearlyTarget: 120 },
    });
    // Ystad's own board link is not a meeting link.
    expect((await ystad.api.get(url)).status).toBe(403);
    expect(
      (
        await programmeApi(server.url, tokenFromLink(links.screenLink)).get(
          `/api/meetings/${links.meetingId}/eor/nobody`,
        )
      ).status,
    ).toBe(404);
  });
});

describe("the day's report carries the boards of the municipalities that presented", () => {
  it("after Ystad's presentation, report.csv and report.json hold Ystad's board (not Skurup's, which did not present)", async () => {
    const ystad = await municipalityLink('Ystad');
    await ystad.api.put(`${path}/eor/${idOf('Ystad')}`, ystadBoard(0));
    const links = CreateMeetingResponse.parse(
      await (await organiser.post(`${path}/meetings/${plan.meetings[0]!.id}/start`)).json(),
    );
    const facilitator = await connect(server.url, { token: tokenFromLink(links.facilitatorLink) });
    const mirror = track(facilitator);
    await mirror.ready;
    const syd = mirror.state.clusters.find((c) => c.name === 'Kluster Syd')!.id;
    expect((await send(facilitator, { type: 'startFeedback', clusterId: syd })).ok).toBe(true);
    // Ystad's presentation ends: it is in the rounds' log, so in the report.
    expect((await send(facilitator, endOfFirstPresentation(syd))).ok).toBe(true);
    const team = programmeApi(server.url, tokenFromLink(links.evaluatorLink));

    const csv = await (await team.get(`/api/meetings/${links.meetingId}/export/report.csv`)).text();
    const lines = csv.split('\r\n');
    const at = lines.indexOf('EOR-tavlor');
    expect(at).toBeGreaterThan(0);
    // 8 + 12 + 9 + 10 = 39 of 120 after April: 81 left over eight months, 10.125 a month, so 11 for whole people.
    expect(lines[at + 2]).toBe(
      'Ystad;Vi ska hjälpa 120 ystadbor från försörjningsstöd till arbete eller studier i år.;personer till arbete eller studier;120;39;40;81;11',
    );
    expect(lines[at + 3]).toBe('');
    const months = lines.indexOf('EOR-tavlor per månad');
    expect(lines.slice(months + 2, months + 6)).toEqual([
      'Ystad;2026-01;;8;;8;10',
      'Ystad;2026-02;;12;;20;20',
      'Ystad;2026-03;;9;;29;30',
      'Ystad;2026-04;;10;;39;40',
    ]);
    expect(csv).not.toContain('Skurup;2026-01');

    const json = (await (await team.get(`/api/meetings/${links.meetingId}/export/report.json`)).json()) as {
      eorBoards: { municipality: string; progress: { total: number; gap: number } }[];
    };
    expect(json.eorBoards.map((b) => [b.municipality, b.progress.total, b.progress.gap])).toEqual([['Ystad', 39, 81]]);
  });
});

describe('[EOR5] homework between lärträffar', () => {
  it('the organiser sets it, Ystad hands in, Skurup cannot for Ystad, Karin (Kluster Syd) answers, Ahmed (Kluster Öst) cannot', async () => {
    const set = await organiser.post(`${path}/homework`, {
      title: 'Formulera er EOR',
      instructions: 'En mening, ett mått, ett årsmål.',
      programmeMeetingId: plan.meetings[1]!.id,
    });
    expect(set.status).toBe(201);
    const { id: assignmentId } = await set.json();
    const ystad = await municipalityLink('Ystad');
    const skurup = await municipalityLink('Skurup');
    const answerPath = `${path}/homework/${assignmentId}/answers/${idOf('Ystad')}`;
    const feedbackPath = `${path}/homework/${assignmentId}/feedback/${idOf('Ystad')}`;

    expect((await skurup.api.put(answerPath, { answer: 'Skurups svar i Ystads namn' })).status).toBe(403);
    expect((await ystad.api.post(`${path}/homework`, { title: 'Egen läxa', instructions: '' })).status).toBe(403);
    const karin = await supervisorLink('Kluster Syd');
    expect((await karin.put(feedbackPath, { feedback: 'För tidigt' })).status).toBe(409);
    expect(
      (await ystad.api.put(answerPath, { answer: 'Vi ska hjälpa 120 ystadbor till arbete eller studier i år.' }))
        .status,
    ).toBe(200);

    const ahmed = await supervisorLink('Kluster Öst');
    expect((await ahmed.put(feedbackPath, { feedback: 'Inte mitt kluster' })).status).toBe(403);
    expect(HomeworkResponse.parse(await (await ahmed.get(`${path}/homework`)).json()).answers).toEqual([]);
    expect((await karin.put(feedbackPath, { feedback: 'Bra! Vad räknar ni som studier?' })).status).toBe(200);

    const seenByYstad = HomeworkResponse.parse(await (await ystad.api.get(`${path}/homework`)).json());
    expect(seenByYstad.municipalities.map((m) => m.name)).toEqual(['Ystad']);
    expect(seenByYstad.answers).toEqual([
      expect.objectContaining({
        answer: expect.stringContaining('120 ystadbor'),
        feedback: 'Bra! Vad räknar ni som studier?',
      }),
    ]);
    const seenByKarin = HomeworkResponse.parse(await (await karin.get(`${path}/homework`)).json());
    expect(seenByKarin.municipalities.map((m) => m.name)).toEqual(['Ystad', 'Skurup']);
  });

  it('an empty answer is refused', async () => {
    const { id } = await (
      await organiser.post(`${path}/homework`, { title: 'Gör en bakåtplan', instructions: '' })
    ).json();
    const ystad = await municipalityLink('Ystad');
    const res = await ystad.api.put(`${path}/homework/${id}/answers/${idOf('Ystad')}`, { answer: '   ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: 'answer: the answer is empty' });
  });
});
