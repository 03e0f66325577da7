/**
 * Fixtures for programmes: a programme document built like an organiser would
 * fill it in, and HTTP helpers against a real server (tests/support/server.ts).
 */
import { blankProgramme, Programme } from '../../shared/year/programme';
import { OrganiserLinkResponse } from '../../shared/year/programmeLink';
import { tokenFromLink } from './server';

/** Ids from a counter: `m1`, `c1`, `t1`, ... per prefix. */
export function counterIds() {
  const counts = new Map<string, number>();
  return (prefix = 'id') => {
    const n = (counts.get(prefix) ?? 0) + 1;
    counts.set(prefix, n);
    return `${prefix}${n}`;
  };
}

/**
 * A programme built by name: municipalities get ids m1, m2, ...; clusters c1, ...;
 * team members t1, ...; meetings p1, ...; participants d1, ...
 */
export function programmeOf(spec: {
  name?: string;
  municipalities?: string[];
  clusters?: { name: string; municipalities: string[]; supervisor?: string; room?: string }[];
  team?: { name: string; role: 'lead' | 'supervisor' | 'evaluator' }[];
  meetings?: { number: number; date: string; place?: string; theme?: string }[];
  participants?: { name: string; municipality: string; email?: string; title?: string }[];
}): Programme {
  const id = counterIds();
  const doc = blankProgramme('prog-1', spec.name ?? 'Lärprojekt Trelleborgsmodellen 2026');
  const colours = ['#1f5fa8', '#b3261e', '#1e7d32', '#7b3fa0', '#9a5200', '#00717a', '#6d4c41', '#ad1457', '#3c4a57'];
  doc.municipalities = (spec.municipalities ?? []).map((name, i) => ({
    id: id('m'),
    name,
    colour: colours[i % colours.length]!,
  }));
  const municipalityId = (name: string) => doc.municipalities.find((m) => m.name === name)?.id ?? `missing-${name}`;
  doc.team = (spec.team ?? []).map((t) => ({ id: id('t'), ...t }));
  doc.clusters = (spec.clusters ?? []).map((c) => {
    const supervisorId =
      c.supervisor === undefined
        ? undefined
        : (doc.team.find((t) => t.name === c.supervisor)?.id ?? `missing-${c.supervisor}`);
    return {
      id: id('c'),
      name: c.name,
      municipalityIds: c.municipalities.map(municipalityId),
      ...(supervisorId ? { supervisorId } : {}),
      ...(c.room ? { room: c.room } : {}),
    };
  });
  doc.meetings = (spec.meetings ?? []).map((m) => ({ id: id('p'), ...m }));
  doc.participants = (spec.participants ?? []).map(({ municipality, ...p }) => ({
    id: id('d'),
    ...p,
    municipalityId: municipalityId(municipality),
  }));
  return doc;
}

/** The seeds' shape, small: Trelleborg's team, two clusters. */
export const SOUTH_COAST = {
  municipalities: ['Ystad', 'Skurup', 'Sjöbo', 'Höör', 'Tomelilla'],
  team: [
    { name: 'Maria Lindqvist', role: 'lead' as const },
    { name: 'Karin Nilsson', role: 'supervisor' as const },
    { name: 'Ahmed Hassan', role: 'supervisor' as const },
  ],
  clusters: [
    { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Nilsson', room: 'Rum 2' },
    { name: 'Kluster Öst', municipalities: ['Sjöbo', 'Höör', 'Tomelilla'], supervisor: 'Ahmed Hassan', room: 'Rum 3' },
  ],
  meetings: [
    { number: 1, date: '2026-03-10', place: 'Trelleborg', theme: 'Se verkligheten' },
    { number: 2, date: '2026-05-12', place: 'Stockholm', theme: 'Formulera EOR' },
  ],
};

export interface CreatedProgramme extends OrganiserLinkResponse {
  token: string;
}

export async function createProgramme(
  url: string,
  name = 'Lärprojekt Trelleborgsmodellen 2026',
): Promise<CreatedProgramme> {
  const res = await fetch(`${url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (res.status !== 201) throw new Error(`create programme: ${res.status} ${await res.text()}`);
  const created = OrganiserLinkResponse.parse(await res.json());
  return { ...created, token: tokenFromLink(created.organiserLink) };
}

/** A request to the programme API with the organiser's token (or none, or a wrong one). */
export function programmeApi(url: string, token: string | null) {
  const call = (method: string, path: string, body?: string | Uint8Array<ArrayBuffer>, type = 'application/json') =>
    fetch(`${url}${path}`, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': type }),
      },
      body,
    });
  return {
    get: (path: string) => call('GET', path),
    put: (path: string, doc: unknown) => call('PUT', path, JSON.stringify(doc)),
    post: (path: string, doc: unknown = {}) => call('POST', path, JSON.stringify(doc)),
    upload: (path: string, csv: string | Uint8Array<ArrayBuffer>, type = 'text/csv') => call('POST', path, csv, type),
    delete: (path: string) => call('DELETE', path),
  };
}

/**
 * "Lärprojekt Sydkusten" created on the server at `url` and saved once as
 * SOUTH_COAST (version 1): the organiser's link and API, the programme's API
 * path and the saved document.
 */
export async function southCoastProgramme(url: string) {
  const created = await createProgramme(url, 'Lärprojekt Sydkusten');
  const organiser = programmeApi(url, created.token);
  const path = `/api/programmes/${created.programmeId}`;
  const doc = { ...programmeOf(SOUTH_COAST), id: created.programmeId, name: 'Lärprojekt Sydkusten', version: 0 };
  const res = await organiser.put(path, doc);
  if (res.status !== 200) throw new Error(`saving the south coast programme: ${res.status} ${await res.text()}`);
  return { created, organiser, path, plan: Programme.parse(await res.json()) };
}
