/**
 * The programme (lärprojekt): the year's municipalities, their clusters, the
 * project team, the meetings and the enrolled participants, as one document
 * the organiser edits and saves whole. Pure: schemas, rules and the step from
 * a planned meeting to the live meeting's request.
 *
 * Only organiser views import this file; the participant view never does.
 */
import * as z from 'zod/mini';
import { DEFAULT_AGENDA } from '../day/agenda';
import { Id, Label, Text, TimeZone, type CreateMeetingRequest } from '../protocol';
import { MUNICIPALITY_COLOURS, nameKey, sameName } from '../day/roster';

/** Guards, far above a real programme (14 municipalities, 6 meetings, a few hundred staff). */
export const PROGRAMME_LIMITS = {
  municipalities: 50,
  clusters: 25,
  team: 50,
  meetings: 24,
  participants: 500,
} as const;
/** A programme document (JSON) is at most this big; also the upload limit for a CSV file. */
export const MAX_PROGRAMME_BYTES = 1024 * 1024;
export const CLUSTER_MIN = 2;
export const CLUSTER_MAX = 3;

const Name = Label;
/** Optional text: an empty string means "not given" (see `normaliseProgramme`). */
const Optional = (max: number) => z.optional(Text(max));
const Colour = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'expected #rrggbb'));
const Email = z
  .string()
  .check(z.trim(), z.maxLength(254), z.regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'expected an e-mail address'));

export const TEAM_ROLES = ['lead', 'supervisor', 'evaluator'] as const;
export const TeamRole = z.enum(TEAM_ROLES);
export type TeamRole = z.infer<typeof TeamRole>;

export const ProgrammeMunicipality = z.object({ id: Id, name: Name, colour: Colour });
export type ProgrammeMunicipality = z.infer<typeof ProgrammeMunicipality>;

export const ProgrammeCluster = z.object({
  id: Id,
  name: Name,
  /** 2–3 by the rules (`checkProgramme`); the schema only guards the size. */
  municipalityIds: z.array(Id).check(z.maxLength(PROGRAMME_LIMITS.municipalities)),
  /** A member of the team (usually a supervisor, handledare). */
  supervisorId: z.optional(Id),
  room: Optional(80),
});
export type ProgrammeCluster = z.infer<typeof ProgrammeCluster>;

export const TeamMember = z.object({ id: Id, name: Name, role: TeamRole });
export type TeamMember = z.infer<typeof TeamMember>;

export const ProgrammeMeeting = z.object({
  id: Id,
  number: z.int().check(z.gte(1), z.lte(99)),
  date: z.iso.date(),
  place: Optional(80),
  theme: Optional(80),
  /** The live meeting, once started; set by the server only. */
  meetingId: z.optional(Id),
});
export type ProgrammeMeeting = z.infer<typeof ProgrammeMeeting>;

export const EnrolledParticipant = z.object({
  id: Id,
  name: Name,
  municipalityId: Id,
  email: z.optional(Email),
  title: Optional(120),
});
export type EnrolledParticipant = z.infer<typeof EnrolledParticipant>;

export const Programme = z.object({
  id: Id,
  name: Name,
  municipalities: z.array(ProgrammeMunicipality).check(z.maxLength(PROGRAMME_LIMITS.municipalities)),
  clusters: z.array(ProgrammeCluster).check(z.maxLength(PROGRAMME_LIMITS.clusters)),
  team: z.array(TeamMember).check(z.maxLength(PROGRAMME_LIMITS.team)),
  meetings: z.array(ProgrammeMeeting).check(z.maxLength(PROGRAMME_LIMITS.meetings)),
  participants: z.array(EnrolledParticipant).check(z.maxLength(PROGRAMME_LIMITS.participants)),
  /** Where its meetings are held; Europe/Stockholm when left out (T5). */
  timeZone: z.optional(TimeZone),
  /** Bumped by every save; a save made on an older version is a conflict. */
  version: z.int().check(z.gte(0)),
});
export type Programme = z.infer<typeof Programme>;

/** A new, empty programme. */
export function blankProgramme(id: string, name: string): Programme {
  return { id, name, municipalities: [], clusters: [], team: [], meetings: [], participants: [], version: 0 };
}

/** Drops empty optional texts, so "" and "not given" are the same thing everywhere. */
export function normaliseProgramme(doc: Programme): Programme {
  const drop = <T extends object>(o: T, keys: readonly (keyof T)[]): T => {
    const copy = { ...o };
    for (const k of keys) if (copy[k] === '') delete copy[k];
    return copy;
  };
  return {
    ...doc,
    clusters: doc.clusters.map((c) => drop(c, ['room'])),
    meetings: doc.meetings.map((m) => drop(m, ['place', 'theme'])),
    participants: doc.participants.map((p) => drop(p, ['email', 'title'])),
  };
}

/** The first palette colour no municipality has yet (the palette repeats when all are taken). */
export function nextColour(municipalities: readonly { colour: string }[]): string {
  const used = new Set(municipalities.map((m) => m.colour.toLowerCase()));
  return (
    MUNICIPALITY_COLOURS.find((c) => !used.has(c)) ??
    MUNICIPALITY_COLOURS[municipalities.length % MUNICIPALITY_COLOURS.length]!
  );
}

// ---------------------------------------------------------------- rules

export const PROGRAMME_SECTIONS = ['municipalities', 'clusters', 'team', 'meetings', 'participants'] as const;
export type ProgrammeSection = (typeof PROGRAMME_SECTIONS)[number];

export const PROBLEM_KINDS = [
  'clusterSize',
  'twoClusters',
  'duplicateName',
  'duplicateEmail',
  'duplicateNumber',
  'duplicateId',
  'unknownMunicipality',
  'unknownTeamMember',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Why a programme does not hold together, pointing at one field of one item so a form can mark it. */
export const ProgrammeProblem = z.object({
  kind: z.enum(PROBLEM_KINDS),
  section: z.enum(PROGRAMME_SECTIONS),
  index: z.int().check(z.gte(0)),
  field: z.string(),
  /** What it is about, in the organiser's words: a name or a meeting number. */
  subject: z.string(),
  count: z.optional(z.int()),
  /** The same in English, for logs and API users. */
  message: z.string(),
});
export type ProgrammeProblem = z.infer<typeof ProgrammeProblem>;

/** Every rule the programme breaks (empty: it holds together). */
export function checkProgramme(doc: Programme): ProgrammeProblem[] {
  const problems: ProgrammeProblem[] = [];
  const add = (p: Omit<ProgrammeProblem, 'message'>, message: string) => problems.push({ ...p, message });
  const municipalityIds = new Set(doc.municipalities.map((m) => m.id));
  const teamIds = new Set(doc.team.map((t) => t.id));

  for (const section of PROGRAMME_SECTIONS) {
    const seen = new Set<string>();
    const items: readonly { id: string }[] = doc[section];
    items.forEach((item, index) => {
      if (seen.has(item.id))
        add(
          { kind: 'duplicateId', section, index, field: 'id', subject: item.id },
          `${section}: id ${item.id} is used twice`,
        );
      seen.add(item.id);
    });
  }

  const uniqueNames = (section: 'municipalities' | 'clusters' | 'team', items: readonly { name: string }[]) =>
    items.forEach((item, index) => {
      if (items.slice(0, index).some((other) => sameName(other.name, item.name))) {
        add(
          { kind: 'duplicateName', section, index, field: 'name', subject: item.name },
          `${section}: ${item.name} is there twice`,
        );
      }
    });
  uniqueNames('municipalities', doc.municipalities);
  uniqueNames('clusters', doc.clusters);
  uniqueNames('team', doc.team);

  const clusterOf = new Map<string, string>();
  doc.clusters.forEach((cluster, index) => {
    const at = { section: 'clusters' as const, index };
    const count = new Set(cluster.municipalityIds).size;
    if (count < CLUSTER_MIN || count > CLUSTER_MAX) {
      add(
        { ...at, kind: 'clusterSize', field: 'municipalityIds', subject: cluster.name, count },
        `cluster ${cluster.name} has ${count} municipalities, not ${CLUSTER_MIN}–${CLUSTER_MAX}`,
      );
    }
    for (const id of new Set(cluster.municipalityIds)) {
      const name = doc.municipalities.find((m) => m.id === id)?.name;
      if (name === undefined) {
        add(
          { ...at, kind: 'unknownMunicipality', field: 'municipalityIds', subject: id },
          `cluster ${cluster.name}: no municipality ${id}`,
        );
        continue;
      }
      const other = clusterOf.get(id);
      if (other !== undefined) {
        add(
          { ...at, kind: 'twoClusters', field: 'municipalityIds', subject: name },
          `${name} is in both ${other} and ${cluster.name}`,
        );
      }
      clusterOf.set(id, cluster.name);
    }
    if (cluster.supervisorId !== undefined && !teamIds.has(cluster.supervisorId)) {
      add(
        { ...at, kind: 'unknownTeamMember', field: 'supervisorId', subject: cluster.supervisorId },
        `cluster ${cluster.name}: no team member ${cluster.supervisorId}`,
      );
    }
  });

  doc.meetings.forEach((meeting, index) => {
    if (doc.meetings.slice(0, index).some((m) => m.number === meeting.number)) {
      add(
        { kind: 'duplicateNumber', section: 'meetings', index, field: 'number', subject: String(meeting.number) },
        `meeting number ${meeting.number} is used twice`,
      );
    }
  });

  // Two people of one name in one municipality are told apart by their e-mail; without one they are the same person twice.
  const people = new Map<string, string | undefined>();
  const emails = new Set<string>();
  doc.participants.forEach((p, index) => {
    const at = { section: 'participants' as const, index };
    if (!municipalityIds.has(p.municipalityId)) {
      add(
        { ...at, kind: 'unknownMunicipality', field: 'municipalityId', subject: p.name },
        `participant ${p.name}: no municipality ${p.municipalityId}`,
      );
    }
    const person = `${p.municipalityId}\n${nameKey(p.name)}`;
    if (people.has(person) && (!p.email || !people.get(person))) {
      add({ ...at, kind: 'duplicateName', field: 'name', subject: p.name }, `participant ${p.name} is there twice`);
    }
    if (!people.get(person)) people.set(person, p.email);
    const email = p.email?.trim().toLowerCase();
    if (email) {
      if (emails.has(email))
        add({ ...at, kind: 'duplicateEmail', field: 'email', subject: p.email! }, `e-mail ${p.email} is used twice`);
      emails.add(email);
    }
  });
  return problems;
}

// ---------------------------------------------------------------- to the live meeting

const MEETING_NAME_MAX = 80;

/** The live meeting's name: "Lärträff 3: Bakåtplanering – <programme>", cut to fit. */
export function meetingName(
  programme: Pick<Programme, 'name'>,
  meeting: Pick<ProgrammeMeeting, 'number' | 'theme'>,
): string {
  const name = `Lärträff ${meeting.number}${meeting.theme ? `: ${meeting.theme}` : ''} – ${programme.name}`;
  return name.length <= MEETING_NAME_MAX ? name : `${name.slice(0, MEETING_NAME_MAX - 1).trimEnd()}…`;
}

/**
 * The request that creates a planned meeting's live meeting: every
 * municipality with its colour, the clusters by municipality name with their
 * supervisor and room, and the default agenda of the day.
 */
export function meetingRequestFor(programme: Programme, meeting: ProgrammeMeeting): CreateMeetingRequest {
  const municipalityName = new Map(programme.municipalities.map((m) => [m.id, m.name]));
  const memberName = new Map(programme.team.map((t) => [t.id, t.name]));
  return {
    name: meetingName(programme, meeting),
    date: meeting.date,
    ...(programme.timeZone ? { timeZone: programme.timeZone } : {}),
    agenda: DEFAULT_AGENDA.map((segment) => ({ ...segment })),
    municipalities: programme.municipalities.map((m) => ({ name: m.name, colour: m.colour })),
    clusters: programme.clusters.map((c) => {
      const supervisor = c.supervisorId === undefined ? undefined : memberName.get(c.supervisorId);
      return {
        name: c.name,
        municipalities: c.municipalityIds.flatMap((id) => municipalityName.get(id) ?? []),
        ...(supervisor ? { supervisor } : {}),
        ...(c.room ? { room: c.room } : {}),
      };
    }),
  };
}
