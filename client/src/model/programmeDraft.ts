/**
 * The programme page's view model: the organiser's unsaved draft, the edits
 * the form makes to it, and which field each problem belongs to. Pure, so it
 * is tested without rendering.
 */
import {
  checkProgramme,
  nextColour,
  normaliseProgramme,
  Programme,
  PROGRAMME_LIMITS,
  type ProblemKind,
  type ProgrammeMeeting,
  type ProgrammeSection,
} from '../../../shared/year/programme';

export type Draft = Programme;
export type Section = ProgrammeSection;

/** A problem placed on one field: `section` 'name' is the programme's own name. */
export interface FieldProblem {
  kind: ProblemKind | 'invalidField';
  section: Section | 'name';
  index: number;
  field: string;
  subject: string;
  count?: number;
}

/** A random id for a new item. `getRandomValues` works on a LAN address too, where `randomUUID` does not. */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything wrong with the draft, each on its field: the schema's complaints first, then the rules. */
export function problemsOf(draft: Draft): FieldProblem[] {
  const parsed = Programme.safeParse(draft);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const [section, index, field] = issue.path;
      if (section === 'name')
        return { kind: 'invalidField' as const, section: 'name' as const, index: -1, field: 'name', subject: '' };
      return {
        kind: 'invalidField' as const,
        section: (typeof section === 'string' ? section : 'name') as Section | 'name',
        index: typeof index === 'number' ? index : -1,
        field: typeof field === 'string' ? field : typeof index === 'string' ? index : '',
        subject: '',
      };
    });
  }
  return checkProgramme(normaliseProgramme(parsed.data));
}

export const problemsAt = (
  problems: readonly FieldProblem[],
  section: FieldProblem['section'],
  index: number,
  field: string,
) => problems.filter((p) => p.section === section && p.index === index && p.field === field);

/** The id of a field's input, and of its problem text (for aria-describedby). */
export const fieldId = (section: string, itemId: string, field: string) => `programme-${section}-${itemId}-${field}`;

/** Whether the draft differs from what is saved; an emptied optional field is the same as one never filled. */
export function isDirty(saved: Draft, draft: Draft): boolean {
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== '' && x !== undefined)
              .sort(([a], [b]) => a.localeCompare(b)),
          )
        : v,
    );
  return stable(saved) !== stable(draft);
}

export const canAdd = (draft: Draft, section: Section) =>
  draft[section].length < PROGRAMME_LIMITS[section === 'team' ? 'team' : section];

// ---------------------------------------------------------------- edits

type ItemOf<S extends Section> = Draft[S][number];

export function updateItem<S extends Section>(draft: Draft, section: S, id: string, patch: Partial<ItemOf<S>>): Draft {
  const items = draft[section] as ItemOf<S>[];
  return { ...draft, [section]: items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

/** Removes an item; a municipality leaves its cluster, a team member stops supervising. */
export function removeItem(draft: Draft, section: Section, id: string): Draft {
  const items: readonly { id: string }[] = draft[section];
  const next = { ...draft, [section]: items.filter((item) => item.id !== id) };
  if (section === 'municipalities') {
    next.clusters = next.clusters.map((c) => ({ ...c, municipalityIds: c.municipalityIds.filter((m) => m !== id) }));
  }
  if (section === 'team') {
    next.clusters = next.clusters.map(({ supervisorId, ...c }) => (supervisorId === id ? c : { ...c, supervisorId }));
  }
  return next;
}

export function addMunicipality(draft: Draft, id: string): Draft {
  return {
    ...draft,
    municipalities: [...draft.municipalities, { id, name: '', colour: nextColour(draft.municipalities) }],
  };
}

export function addCluster(draft: Draft, id: string): Draft {
  let n = draft.clusters.length + 1;
  while (draft.clusters.some((c) => c.name === `Kluster ${n}`)) n++;
  return { ...draft, clusters: [...draft.clusters, { id, name: `Kluster ${n}`, municipalityIds: [] }] };
}

export function toggleClusterMunicipality(
  draft: Draft,
  clusterId: string,
  municipalityId: string,
  member: boolean,
): Draft {
  return {
    ...draft,
    clusters: draft.clusters.map((c) => {
      if (c.id !== clusterId) return c;
      const others = c.municipalityIds.filter((m) => m !== municipalityId);
      return { ...c, municipalityIds: member ? [...others, municipalityId] : others };
    }),
  };
}

export function addTeamMember(draft: Draft, id: string): Draft {
  return { ...draft, team: [...draft.team, { id, name: '', role: 'supervisor' }] };
}

/** The next meeting: the next number, two months after the last one (or `today`). */
export function addMeeting(draft: Draft, id: string, today: string): Draft {
  const last = draft.meetings.reduce<ProgrammeMeeting | undefined>(
    (a, m) => (!a || m.number > a.number ? m : a),
    undefined,
  );
  let date = today;
  if (last) {
    const [y, mo, d] = last.date.split('-').map(Number) as [number, number, number];
    date = new Date(Date.UTC(y, mo - 1 + 2, Math.min(d, 28))).toISOString().slice(0, 10);
  }
  return { ...draft, meetings: [...draft.meetings, { id, number: (last?.number ?? 0) + 1, date }] };
}

export function addParticipant(draft: Draft, id: string): Draft {
  return {
    ...draft,
    participants: [...draft.participants, { id, name: '', municipalityId: draft.municipalities[0]?.id ?? '' }],
  };
}

/** Sets a cluster's supervisor ('' for none). */
export function setSupervisor(draft: Draft, clusterId: string, supervisorId: string): Draft {
  return {
    ...draft,
    clusters: draft.clusters.map((c) => {
      if (c.id !== clusterId) return c;
      const { supervisorId: _old, ...rest } = c;
      return supervisorId ? { ...rest, supervisorId } : rest;
    }),
  };
}

/** The name of the cluster a municipality is in, other than `exceptClusterId`. */
export function otherClusterOf(draft: Draft, municipalityId: string, exceptClusterId: string): string | undefined {
  return draft.clusters.find((c) => c.id !== exceptClusterId && c.municipalityIds.includes(municipalityId))?.name;
}
