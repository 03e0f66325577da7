/** The programme's rules, and a planned lärträff becoming a live meeting. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../shared/day/agenda';
import { DEMO_PROGRAMME_NAME, demoProgramme, secondTuesday } from '../../shared/year/demoProgramme';
import { checkMeetingRequest, meetingCreated } from '../../shared/day/meeting';
import {
  checkProgramme,
  meetingName,
  meetingRequestFor,
  nextColour,
  normaliseProgramme,
  Programme,
  type ProgrammeProblem,
} from '../../shared/year/programme';
import { counterIds, programmeOf, SOUTH_COAST } from '../support/programme';

const kinds = (problems: ProgrammeProblem[]) =>
  problems.map((p) => `${p.kind} ${p.section}[${p.index}].${p.field}: ${p.subject}`);

describe('a programme that holds together', () => {
  it('the south-coast programme, two clusters with their supervisors, breaks no rule', () => {
    expect(checkProgramme(programmeOf(SOUTH_COAST))).toEqual([]);
  });

  it('an empty new programme breaks no rule either', () => {
    expect(checkProgramme(programmeOf({}))).toEqual([]);
  });
});

describe('[PR3] clusters are 2–3 municipalities, each municipality in at most one', () => {
  it('Ystad alone in Kluster Syd is one too few, and the form can mark that cluster', () => {
    const doc = programmeOf({ ...SOUTH_COAST, clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad'] }] });
    expect(kinds(checkProgramme(doc))).toEqual(['clusterSize clusters[0].municipalityIds: Kluster Syd']);
    expect(checkProgramme(doc)[0]).toMatchObject({ count: 1 });
  });

  it('four municipalities in one cluster is one too many', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      clusters: [{ name: 'Kluster Öst', municipalities: ['Ystad', 'Skurup', 'Sjöbo', 'Höör'] }],
    });
    expect(checkProgramme(doc)).toMatchObject([{ kind: 'clusterSize', count: 4 }]);
  });

  it('Sjöbo put in both Kluster Syd and Kluster Öst is pointed out on the second cluster', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      clusters: [
        { name: 'Kluster Syd', municipalities: ['Ystad', 'Sjöbo'] },
        { name: 'Kluster Öst', municipalities: ['Sjöbo', 'Höör'] },
      ],
    });
    expect(kinds(checkProgramme(doc))).toEqual(['twoClusters clusters[1].municipalityIds: Sjöbo']);
  });

  it('a cluster naming a municipality or a supervisor that is not in the programme', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Lund'], supervisor: 'Okänd' }],
    });
    expect(checkProgramme(doc).map((p) => p.kind)).toEqual(['unknownMunicipality', 'unknownTeamMember']);
  });
});

describe('[PR3] names are unique whatever the case, meeting numbers too', () => {
  it('"YSTAD" and "ystad " are the same municipality twice', () => {
    const doc = programmeOf({ municipalities: ['Ystad', 'Skurup', 'YSTAD', 'ystad '] });
    expect(kinds(checkProgramme(doc))).toEqual([
      'duplicateName municipalities[2].name: YSTAD',
      'duplicateName municipalities[3].name: ystad ',
    ]);
  });

  it('two clusters called Kluster Syd, two team members of one name, two meetings numbered 2', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      clusters: [
        { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'] },
        { name: 'kluster syd', municipalities: ['Sjöbo', 'Höör'] },
      ],
      team: [
        { name: 'Karin Nilsson', role: 'lead' },
        { name: 'Karin nilsson', role: 'supervisor' },
      ],
      meetings: [
        { number: 2, date: '2026-03-10' },
        { number: 2, date: '2026-05-12' },
      ],
    });
    expect(checkProgramme(doc).map((p) => `${p.kind} ${p.section}`)).toEqual([
      'duplicateName clusters',
      'duplicateName team',
      'duplicateNumber meetings',
    ]);
  });

  it('two Anna Svensson in Ystad are fine with different e-mail addresses, not without', () => {
    const both = (a?: string, b?: string) =>
      checkProgramme(
        programmeOf({
          municipalities: ['Ystad'],
          participants: [
            { name: 'Anna Svensson', municipality: 'Ystad', email: a },
            { name: 'anna svensson', municipality: 'Ystad', email: b },
          ],
        }),
      ).map((p) => p.kind);
    expect(both('anna.s@ystad.se', 'anna.svensson@ystad.se')).toEqual([]);
    expect(both('anna.s@ystad.se', undefined)).toEqual(['duplicateName']);
    expect(both('anna@ystad.se', 'ANNA@ystad.se')).toEqual(['duplicateEmail']);
  });

  it('a participant of a municipality that was removed', () => {
    const doc = programmeOf({
      municipalities: ['Ystad'],
      participants: [{ name: 'Lars Persson', municipality: 'Sjöbo' }],
    });
    expect(checkProgramme(doc)).toMatchObject([
      { kind: 'unknownMunicipality', section: 'participants', field: 'municipalityId' },
    ]);
  });

  it('the same id twice in a list is caught (a client bug, not a person)', () => {
    const doc = programmeOf({ municipalities: ['Ystad', 'Skurup'] });
    doc.municipalities[1]!.id = doc.municipalities[0]!.id;
    expect(checkProgramme(doc).map((p) => p.kind)).toContain('duplicateId');
  });
});

describe('the document at the boundary', () => {
  it('an empty room, place or e-mail from a form means "not given"', () => {
    const doc = programmeOf(SOUTH_COAST);
    doc.clusters[0]!.room = '';
    doc.meetings[0]!.place = '';
    doc.participants = [{ id: 'd1', name: 'Anna', municipalityId: doc.municipalities[0]!.id, email: '', title: '' }];
    const normal = normaliseProgramme(Programme.parse(doc));
    expect(normal.clusters[0]).not.toHaveProperty('room');
    expect(normal.meetings[0]).not.toHaveProperty('place');
    expect(normal.participants[0]).toEqual({ id: 'd1', name: 'Anna', municipalityId: doc.municipalities[0]!.id });
  });

  it('refuses 51 municipalities, a colour word, and a date that is not a date', () => {
    expect(
      Programme.safeParse(programmeOf({ municipalities: Array.from({ length: 51 }, (_, i) => `Kommun ${i}`) })).success,
    ).toBe(false);
    const red = programmeOf({ municipalities: ['Ystad'] });
    red.municipalities[0]!.colour = 'röd';
    expect(Programme.safeParse(red).success).toBe(false);
    expect(Programme.safeParse(programmeOf({ meetings: [{ number: 1, date: '10 mars' }] })).success).toBe(false);
  });

  it('a new municipality gets a palette colour no other has yet', () => {
    expect(nextColour([{ colour: '#1F5FA8' }])).toBe('#b3261e');
  });
});

describe('starting lärträff 2 from the programme', () => {
  const doc = programmeOf(SOUTH_COAST);
  const request = meetingRequestFor(doc, doc.meetings[1]!);

  it('the live meeting has every municipality with its colour and the clusters by name, with supervisor and room', () => {
    expect(request.municipalities).toEqual(doc.municipalities.map((m) => ({ name: m.name, colour: m.colour })));
    expect(request.clusters).toEqual([
      { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Nilsson', room: 'Rum 2' },
      {
        name: 'Kluster Öst',
        municipalities: ['Sjöbo', 'Höör', 'Tomelilla'],
        supervisor: 'Ahmed Hassan',
        room: 'Rum 3',
      },
    ]);
    expect(request).toMatchObject({
      name: 'Lärträff 2: Formulera EOR – Lärprojekt Trelleborgsmodellen 2026',
      date: '2026-05-12',
    });
    expect(checkMeetingRequest(request)).toBeNull();
  });

  it('the day runs the default agenda, and the meeting remembers its programme', () => {
    expect(request.agenda).toEqual(DEFAULT_AGENDA);
    let n = 0;
    const created = meetingCreated(request, 'meeting-1', 'BWKQYF', { now: 0, newId: () => `x${++n}` }, 'prog-1');
    expect(created.programmeId).toBe('prog-1');
    const sjobo = created.municipalities.find((m) => m.name === 'Sjöbo')!;
    expect(sjobo.colour).toBe(doc.municipalities[2]!.colour);
    expect(created.clusters?.[1]).toMatchObject({ name: 'Kluster Öst', supervisor: 'Ahmed Hassan', room: 'Rum 3' });
    expect(created.clusters?.[1]?.municipalityIds).toContain(sjobo.id);
  });

  it('a cluster without a supervisor or room leaves them out; a long name is cut to 80 characters', () => {
    const bare = programmeOf({
      name: 'L'.repeat(80),
      municipalities: ['Ystad', 'Skurup'],
      clusters: [{ name: 'K', municipalities: ['Ystad', 'Skurup'] }],
      meetings: [{ number: 3, date: '2026-09-08' }],
    });
    const req = meetingRequestFor(bare, bare.meetings[0]!);
    expect(req.clusters).toEqual([{ name: 'K', municipalities: ['Ystad', 'Skurup'] }]);
    expect(req.name).toHaveLength(80);
    expect(req.name.startsWith('Lärträff 3 – LLL')).toBe(true);
    expect(meetingName({ name: 'Demo' }, { number: 1 })).toBe('Lärträff 1 – Demo');
  });
});

describe('the demo programme a first start creates', () => {
  const demo = demoProgramme('2026-01-20', counterIds());

  it('is labelled a demo and shaped like the seeds: 9 municipalities in 3 clusters of 3, the team, 6 meetings', () => {
    expect(demo.name).toBe(DEMO_PROGRAMME_NAME);
    expect(demo.name.startsWith('Demo')).toBe(true);
    expect(demo.municipalities).toHaveLength(9);
    expect(demo.clusters.map((c) => c.municipalityIds.length)).toEqual([3, 3, 3]);
    expect(demo.clusters.every((c) => c.supervisorId && c.room)).toBe(true);
    expect(demo.team.map((t) => t.role).sort()).toEqual([
      'evaluator',
      'lead',
      'lead',
      'supervisor',
      'supervisor',
      'supervisor',
    ]);
    expect(demo.meetings.map((m) => m.theme)).toEqual([
      'Se verkligheten',
      'Formulera EOR',
      'Bakåtplanering',
      'Stödstrukturen',
      'Ledningsmöte inför alla',
      'Fullfölja',
    ]);
    expect(checkProgramme(demo)).toEqual([]);
    expect(Programme.safeParse(demo).success).toBe(true);
  });

  it('meets every other month from next month, on a Tuesday, within a year', () => {
    expect(demo.meetings.map((m) => m.date)).toEqual([
      '2026-02-10',
      '2026-04-14',
      '2026-06-09',
      '2026-08-11',
      '2026-10-13',
      '2026-12-08',
    ]);
    expect(demo.meetings.every((m) => new Date(`${m.date}T12:00:00Z`).getUTCDay() === 2)).toBe(true);
    expect(secondTuesday(2026, 12)).toBe('2027-01-12');
  });

  it('every meeting of the demo can start at once', () => {
    for (const m of demo.meetings) expect(checkMeetingRequest(meetingRequestFor(demo, m))).toBeNull();
  });
});

describe('one name for a municipality, however it is typed', () => {
  it('[A11] "Östra Göinge" and "Östra  Göinge" (two spaces) in two clusters are one municipality in two clusters: refused', () => {
    expect(
      checkMeetingRequest({
        name: 'Lärträff 3',
        date: '2026-05-12',
        clusters: [
          { name: 'Kluster Nord', municipalities: ['Östra Göinge', 'Hässleholm'] },
          { name: 'Kluster Syd', municipalities: ['Östra  Göinge', 'Ystad'] },
        ],
      }),
    ).toBe('Östra  Göinge is in more than one cluster');
  });
});
