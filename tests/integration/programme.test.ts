/**
 * The programme over HTTP against the real server: the organiser's secret
 * link, saving with a version, importing and exporting spreadsheets, starting
 * a lärträff from the plan, and the demo a first start creates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Programme } from '../../shared/year/programme';
import { OrganiserLinkResponse } from '../../shared/year/programmeLink';
import { CreateMeetingResponse } from '../../shared/protocol';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST, type CreatedProgramme } from '../support/programme';
import { closeAll, connect, startServer, tokenFromLink, track, type TestServer } from '../support/server';

let server: TestServer;
let created: CreatedProgramme;
let api: ReturnType<typeof programmeApi>;
let path: string;

beforeEach(async () => {
  server = await startServer();
  created = await createProgramme(server.url);
  api = programmeApi(server.url, created.token);
  path = `/api/programmes/${created.programmeId}`;
});

afterEach(closeAll);

async function load(): Promise<Programme> {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return Programme.parse(await res.json());
}

/** The organiser fills in the south-coast programme and saves it once. */
async function saveSouthCoast(): Promise<Programme> {
  const doc = { ...programmeOf(SOUTH_COAST), id: created.programmeId, name: 'Lärprojekt Sydkusten', version: 0 };
  const res = await api.put(path, doc);
  expect(res.status).toBe(200);
  return Programme.parse(await res.json());
}

describe('creating a programme gives the organiser a secret link', () => {
  it('the link is /programme/<id>#<256-bit token>, and it opens the new, empty programme', async () => {
    expect(created.organiserLink).toBe(`/programme/${created.programmeId}#${created.token}`);
    expect(created.token.length).toBeGreaterThanOrEqual(24);
    expect(await load()).toEqual({
      id: created.programmeId,
      name: 'Lärprojekt Trelleborgsmodellen 2026',
      municipalities: [],
      clusters: [],
      team: [],
      meetings: [],
      participants: [],
      version: 0,
    });
  });

  it('a programme without a name is invalid', async () => {
    const res = await fetch(`${server.url}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"  "}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid' });
  });
});

describe('[A2] [PR4] only the organiser link opens the programme', () => {
  it('no token is 401, a made-up token 403, both with the typed code forbidden', async () => {
    const none = await programmeApi(server.url, null).get(path);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'forbidden' });
    const wrong = await programmeApi(server.url, 'not-a-real-token-at-all-000000').get(path);
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ code: 'forbidden' });
  });

  it("another programme's link does not open this one, nor export it, nor save over it", async () => {
    const other = programmeApi(server.url, (await createProgramme(server.url, 'Ett annat lärprojekt')).token);
    expect((await other.get(path)).status).toBe(403);
    expect((await other.get(`${path}/export/participants.csv`)).status).toBe(403);
    expect((await other.put(path, { ...(await load()), name: 'Kapad' })).status).toBe(403);
    expect((await load()).name).toBe('Lärprojekt Trelleborgsmodellen 2026');
  });
});

describe('[PR2] [PR3] saving the whole programme with its version', () => {
  it('a save bumps the version; a save from a tab that had the old version is a conflict and changes nothing', async () => {
    const saved = await saveSouthCoast();
    expect(saved.version).toBe(1);
    expect(saved.clusters.map((c) => c.name)).toEqual(['Kluster Syd', 'Kluster Öst']);

    const stale = await api.put(path, { ...saved, name: 'Från den gamla fliken', version: 0 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'conflict', version: 1 });
    expect(await load()).toEqual(saved);
  });

  it('a programme that breaks the rules is refused with the problems, and nothing is saved', async () => {
    const doc = {
      ...programmeOf({
        ...SOUTH_COAST,
        clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup', 'Sjöbo', 'Höör'] }],
      }),
      id: created.programmeId,
    };
    const res = await api.put(path, doc);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'invalid',
      problems: [{ kind: 'clusterSize', section: 'clusters', index: 0, count: 4 }],
    });
    expect((await load()).version).toBe(0);
  });

  it("malformed JSON, another programme's id, or a document over 1 MB get a 4xx, never a 5xx", async () => {
    const raw = await fetch(`${server.url}${path}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(raw.status).toBe(400);
    expect((await api.put(path, { ...(await load()), id: 'someone-else' })).status).toBe(400);
    const huge = await api.put(path, { ...(await load()), name: 'x'.repeat(1024 * 1024 + 10) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'invalid' });
  });
});

describe('[PR1] importing spreadsheets over HTTP: all or nothing', () => {
  it('a good municipality file imports every row and says how many', async () => {
    const csv =
      '\uFEFFKommun;Färg;Kluster;Handledare;Rum\r\nYstad;;Kluster Syd;Karin Nilsson;Rum 2\r\nSkurup;;Kluster Syd;Karin Nilsson;Rum 2\r\nHöör;;;;\r\n';
    const res = await api.upload(`${path}/import/municipalities`, csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 3, programme: { version: 1 } });
    const doc = await load();
    expect(doc.municipalities.map((m) => m.name)).toEqual(['Ystad', 'Skurup', 'Höör']);
    expect(doc.team).toMatchObject([{ name: 'Karin Nilsson', role: 'supervisor' }]);
  });

  it('a participant file with one bad row is refused with that row, and no one is added', async () => {
    await saveSouthCoast();
    const res = await api.upload(
      `${path}/import/participants`,
      'Namn;Kommun\nAnna Svensson;Ystad\nLars Persson;Lund\n',
      'text/plain',
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({
      code: 'invalid',
      total: 1,
      rows: [{ row: 3, column: 'Kommun', problem: 'unknownMunicipality', value: 'Lund' }],
    });
    expect(body.message).toContain('nothing was imported');
    const doc = await load();
    expect(doc.participants).toEqual([]);
    expect(doc.version).toBe(1);
  });

  it('hostile uploads: 2 MB, binary, empty, a JSON body, an unknown kind: all 4xx, and the server still answers', async () => {
    const big = await api.upload(`${path}/import/municipalities`, `Kommun\n${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'invalid' });
    const binary = await api.upload(
      `${path}/import/municipalities`,
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]),
      'application/octet-stream',
    );
    expect(binary.status).toBe(400);
    expect(await binary.json()).toMatchObject({ rows: [{ problem: 'notText' }] });
    expect((await api.upload(`${path}/import/municipalities`, '')).status).toBe(400);
    expect((await api.post(`${path}/import/municipalities`, { rows: [] })).status).toBe(400);
    expect((await api.upload(`${path}/import/budgets`, 'Kommun\nYstad\n')).status).toBe(400);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await load()).version).toBe(0);
  });
});

describe('exporting', () => {
  it('a CSV attachment for Excel: UTF-8 BOM, semicolons, the clusters', async () => {
    await saveSouthCoast();
    const res = await api.get(`${path}/export/municipalities.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kommuner.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n').slice(0, 2)).toEqual([
      'Kommun;Färg;Kluster;Handledare;Rum',
      'Ystad;#1f5fa8;Kluster Syd;Karin Nilsson;Rum 2',
    ]);
  });

  it('without the token there is no export', async () => {
    expect((await programmeApi(server.url, null).get(`${path}/export/participants.csv`)).status).toBe(401);
  });
});

describe('[PR5] starting lärträff 1 from the programme', () => {
  it("creates the live meeting with the programme's municipalities and clusters; the facilitator link works", async () => {
    const plan = await saveSouthCoast();
    const first = plan.meetings[0]!;
    const res = await api.post(`${path}/meetings/${first.id}/start`);
    expect(res.status).toBe(201);
    const body = await res.json();
    const links = CreateMeetingResponse.parse(body);
    expect(Programme.parse(body.programme).meetings[0]!.meetingId).toBe(links.meetingId);

    const facilitator = await connect(server.url, { token: tokenFromLink(links.facilitatorLink) });
    const view = track(facilitator);
    await view.ready;
    expect(view.state).toMatchObject({
      name: 'Lärträff 1: Se verkligheten – Lärprojekt Sydkusten',
      date: '2026-03-10',
      programmeId: created.programmeId,
    });
    expect(view.state.municipalities.map((m) => [m.name, m.colour])).toEqual(
      plan.municipalities.map((m) => [m.name, m.colour]),
    );
    const nameOf = (id: string) => view.state.municipalities.find((m) => m.id === id)?.name;
    expect(view.state.clusters.map((c) => [c.name, c.municipalityIds.map(nameOf), c.supervisor, c.room])).toEqual([
      ['Kluster Syd', ['Ystad', 'Skurup'], 'Karin Nilsson', 'Rum 2'],
      ['Kluster Öst', ['Sjöbo', 'Höör', 'Tomelilla'], 'Ahmed Hassan', 'Rum 3'],
    ]);
    expect(view.state.agenda[0]).toMatchObject({ kind: 'teamCheckIn', plannedStart: '08:00' });
  });

  it('starting it again is a conflict that names the meeting; an editor cannot unset it by saving', async () => {
    const plan = await saveSouthCoast();
    const first = plan.meetings[0]!;
    const links = CreateMeetingResponse.parse(await (await api.post(`${path}/meetings/${first.id}/start`)).json());
    const again = await api.post(`${path}/meetings/${first.id}/start`);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'conflict', meetingId: links.meetingId });

    const current = await load();
    const edited = {
      ...current,
      meetings: current.meetings.map(({ meetingId: _, ...m }) => ({ ...m, place: 'Malmö' })),
    };
    const saved = Programme.parse(await (await api.put(path, edited)).json());
    expect(saved.meetings[0]).toMatchObject({ place: 'Malmö', meetingId: links.meetingId });
  });

  it('a meeting that is not in the programme is not_found', async () => {
    const res = await api.post(`${path}/meetings/nope/start`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('[PR4] the demo programme on first start', () => {
  it('exists with 9 municipalities in 3 clusters and 6 meetings, and the laptop gets its organiser link', async () => {
    const res = await fetch(`${server.url}/api/demo`);
    expect(res.status).toBe(200);
    const demo = OrganiserLinkResponse.parse(await res.json());
    const doc = Programme.parse(
      await (
        await programmeApi(server.url, tokenFromLink(demo.organiserLink)).get(`/api/programmes/${demo.programmeId}`)
      ).json(),
    );
    expect(doc.name).toMatch(/^Demo: /);
    expect(doc.municipalities).toHaveLength(9);
    expect(doc.clusters.map((c) => c.municipalityIds.length)).toEqual([3, 3, 3]);
    expect(doc.meetings).toHaveLength(6);
    expect(doc.meetings.every((m) => m.date > '2026-11-23')).toBe(true);
  });

  it('a phone on the wifi asking for the demo link gets 404', async () => {
    const fromPhone = await server.app.app.inject({ method: 'GET', url: '/api/demo', remoteAddress: '192.168.1.23' });
    expect(fromPhone.statusCode).toBe(404);
    expect(fromPhone.json()).toMatchObject({ code: 'not_found' });
    expect(fromPhone.body).not.toContain('organiserLink');
  });

  it('a request relayed by a proxy on the laptop is not the laptop itself', async () => {
    const proxied = await fetch(`${server.url}/api/demo`, { headers: { 'x-forwarded-for': '192.168.1.23' } });
    expect(proxied.status).toBe(404);
  });

  it('each call gives a fresh link; both work, and the demo is not created again after a restart', async () => {
    const a = OrganiserLinkResponse.parse(await (await fetch(`${server.url}/api/demo`)).json());
    const b = OrganiserLinkResponse.parse(await (await fetch(`${server.url}/api/demo`)).json());
    expect(a.organiserLink).not.toBe(b.organiserLink);
    const demoApi = programmeApi(server.url, tokenFromLink(b.organiserLink));
    const demoPath = `/api/programmes/${b.programmeId}`;
    const doc = Programme.parse(await (await demoApi.get(demoPath)).json());
    expect((await demoApi.put(demoPath, { ...doc, name: 'Demo: vårt eget test' })).status).toBe(200);

    await server.close();
    const again = await startServer({ file: server.file, seed: 2 });
    const c = OrganiserLinkResponse.parse(await (await fetch(`${again.url}/api/demo`)).json());
    expect(c.programmeId).toBe(b.programmeId);
    const kept = Programme.parse(
      await (await programmeApi(again.url, tokenFromLink(c.organiserLink)).get(demoPath)).json(),
    );
    expect(kept.name).toBe('Demo: vårt eget test');
  });
});
