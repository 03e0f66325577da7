/**
 * The demo programme a first start creates, shaped like the lärprojekt in the
 * seeds: the Trelleborg team, 9 municipalities in 3 clusters, 6 lärträffar
 * over 12 months starting next month. Invented people; clearly a demo.
 */
import { colourFor } from '../day/roster';
import type { Programme, TeamMember } from './programme';

export const DEMO_PROGRAMME_ID = 'demo';
export const DEMO_PROGRAMME_NAME = 'Demo: Lärprojekt Trelleborgsmodellen';

const CLUSTERS = [
  {
    name: 'Kluster Väst',
    room: 'Rum 1',
    supervisor: 'Karin Nilsson',
    municipalities: ['Kungsbacka', 'Vellinge', 'Svedala'],
  },
  { name: 'Kluster Syd', room: 'Rum 2', supervisor: 'Ahmed Hassan', municipalities: ['Ystad', 'Skurup', 'Sjöbo'] },
  {
    name: 'Kluster Öst',
    room: 'Rum 3',
    supervisor: 'Linnea Holm',
    municipalities: ['Tomelilla', 'Simrishamn', 'Höör'],
  },
] as const;

const TEAM: readonly Omit<TeamMember, 'id'>[] = [
  { name: 'Maria Lindqvist', role: 'lead' },
  { name: 'Johan Berg', role: 'lead' },
  ...CLUSTERS.map((c) => ({ name: c.supervisor, role: 'supervisor' as const })),
  { name: 'Erik Sandberg', role: 'evaluator' },
];

/** The year of the seeds: first in Trelleborg, then SKL in Stockholm, one in Göteborg, the last back in Trelleborg. */
const MEETINGS = [
  { place: 'Trelleborg', theme: 'Se verkligheten' },
  { place: 'Stockholm', theme: 'Formulera EOR' },
  { place: 'Stockholm', theme: 'Bakåtplanering' },
  { place: 'Stockholm', theme: 'Stödstrukturen' },
  { place: 'Göteborg', theme: 'Ledningsmöte inför alla' },
  { place: 'Trelleborg', theme: 'Fullfölja' },
] as const;

/** Two invented contact people per municipality, in the order of the clusters above. */
const PEOPLE = [
  ['Anna Svensson', 'Enhetschef'],
  ['Lars Persson', 'Arbetsmarknadssekreterare'],
  ['Sara Ekström', 'Arbetsmarknadschef'],
  ['Mohammed Ali', 'Jobbcoach'],
  ['Eva Johansson', 'Socialsekreterare'],
  ['Oskar Åberg', 'Verksamhetsutvecklare'],
  ['Fatima Yilmaz', 'Enhetschef'],
  ['Peter Öhman', 'Handläggare'],
  ['Ingrid Malm', 'Förvaltningschef'],
  ['Jonas Lindgren', 'Jobbcoach'],
  ['Maja Håkansson', 'Socialsekreterare'],
  ['Ali Rezaei', 'Studie- och yrkesvägledare'],
  ['Karl Nyström', 'Enhetschef'],
  ['Elin Sjöberg', 'Arbetsmarknadssekreterare'],
  ['Noor Ahmadi', 'Handläggare'],
  ['Gustav Ek', 'Verksamhetschef'],
  ['Hanna Björk', 'Jobbcoach'],
  ['Leila Karimi', 'Enhetschef'],
] as const;

/** anna.svensson@example.com: a reserved domain, so no real person gets mail. */
const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/\s+/g, '.')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')}@example.com`;

/** The second Tuesday of a month (a day a municipal team can travel), as YYYY-MM-DD. */
export function secondTuesday(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const day = 1 + ((2 - first.getUTCDay() + 7) % 7) + 7;
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)).toISOString().slice(0, 10);
}

/** The demo programme as of `today` (YYYY-MM-DD): meetings every other month from next month. */
export function demoProgramme(today: string, newId: () => string): Programme {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const municipalities = CLUSTERS.flatMap((c) => c.municipalities).map((name, i) => ({
    id: newId(),
    name,
    colour: colourFor(i),
  }));
  const idOf = (name: string) => municipalities.find((m) => m.name === name)!.id;
  const team = TEAM.map((member) => ({ id: newId(), ...member }));
  return {
    id: DEMO_PROGRAMME_ID,
    name: DEMO_PROGRAMME_NAME,
    municipalities,
    clusters: CLUSTERS.map((c) => ({
      id: newId(),
      name: c.name,
      municipalityIds: c.municipalities.map(idOf),
      supervisorId: team.find((t) => t.name === c.supervisor)!.id,
      room: c.room,
    })),
    team,
    // month is 1-based here and 0-based in Date.UTC: `month + 1 + 2i` is next month, then every other one.
    meetings: MEETINGS.map((m, i) => ({ id: newId(), number: i + 1, date: secondTuesday(year, month + 2 * i), ...m })),
    participants: municipalities.flatMap((m, i) =>
      [PEOPLE[2 * i]!, PEOPLE[2 * i + 1]!].map(([name, title]) => ({
        id: newId(),
        name,
        municipalityId: m.id,
        email: emailOf(name),
        title,
      })),
    ),
    version: 0,
  };
}
