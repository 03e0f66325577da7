/** Progression over the year: the EOR statement at lärträff 1 and 2 of a programme, seen from the organiser's page. */
import { afterEach, describe, expect, it } from 'vitest';
import { boardTemplate } from '../../shared/day/board';
import { Programme } from '../../shared/year/programme';
import { ProgressionResponse } from '../../shared/year/progression';
import { CreateMeetingResponse } from '../../shared/protocol';
import { createProgramme, programmeApi, programmeOf, SOUTH_COAST } from '../support/programme';
import { closeAll, connect, joinByCode, resync, send, startServer, tokenFromLink } from '../support/server';
import { checkInOf } from '../support/commandSamples';

afterEach(closeAll);

const EOR = 'Vi har ett EOR som alla i verksamheten känner till';

describe('progression across the programme', () => {
  it('Ystad and Höör place themselves on the EOR statement at both lärträffar: the organiser sees where each stood each time', async () => {
    const server = await startServer();
    const created = await createProgramme(server.url);
    const api = programmeApi(server.url, created.token);
    const path = `/api/programmes/${created.programmeId}`;
    const saved = Programme.parse(
      await (
        await api.put(path, { ...programmeOf(SOUTH_COAST), id: created.programmeId, name: 'Sydkusten', version: 0 })
      ).json(),
    );

    // At each lärträff, Ystad and Höör place themselves: further towards "Stämmer helt" the second time.
    const xs = [
      [0.12, 0.5],
      [0.5, 0.88],
    ] as const;
    for (const [i, meeting] of saved.meetings.entries()) {
      const links = CreateMeetingResponse.parse(await (await api.post(`${path}/meetings/${meeting.id}/start`)).json());
      const facilitator = await connect(server.url, { token: tokenFromLink(links.facilitatorLink) });
      const ystad = await joinByCode(server.url, links.code, 'Lisa', 'Ystad');
      const hoor = await joinByCode(server.url, links.code, 'Omar', 'Höör');
      expect((await send(facilitator, checkInOf([{ text: EOR, board: boardTemplate('line') }]))).ok).toBe(true);
      const snapshot = await resync(facilitator, 0);
      if (!snapshot.ok || snapshot.kind !== 'snapshot') throw new Error('expected a snapshot');
      const statementId = snapshot.state.exercises[0]!.statements[0]!.id;
      expect((await send(facilitator, { type: 'openStatement', statementId })).ok).toBe(true);
      expect((await send(ystad.socket, { type: 'place', statementId, x: xs[i]![0], y: 0.5 })).ok).toBe(true);
      expect((await send(hoor.socket, { type: 'place', statementId, x: xs[i]![1], y: 0.5 })).ok).toBe(true);
    }

    const res = await api.get(`${path}/progression`);
    expect(res.status).toBe(200);
    const { statements } = ProgressionResponse.parse(await res.json());
    expect(statements.map((s) => s.text)).toEqual([EOR]);
    const [first, second] = statements[0]!.points;
    expect([first!.date, second!.date]).toEqual(['2026-03-10', '2026-05-12']);
    // Scores on the line from 0.12 (0) to 0.88 (100): 0, 50 → 50, 100.
    expect(first!.group).toMatchObject({ n: 2, meanScore: 25 });
    expect(second!.group).toMatchObject({ n: 2, meanScore: 75 });
    const score = (point: typeof first, name: string) =>
      point!.byMunicipality.find((m) => m.municipality === name)?.standing.meanScore;
    expect([score(first, 'Ystad'), score(second, 'Ystad')]).toEqual([0, 50]);
    expect([score(first, 'Höör'), score(second, 'Höör')]).toEqual([50, 100]);
  });

  it('without the organiser token there is no progression', async () => {
    const server = await startServer();
    const created = await createProgramme(server.url);
    expect(
      (await programmeApi(server.url, null).get(`/api/programmes/${created.programmeId}/progression`)).status,
    ).toBe(401);
  });
});
