/** The programme page's view model, without rendering: edits to the draft and where problems show. */
import { describe, expect, it } from 'vitest';
import {
  addCluster,
  addMeeting,
  isDirty,
  problemsAt,
  problemsOf,
  removeItem,
  setSupervisor,
  toggleClusterMunicipality,
  updateItem,
} from '../../client/src/model/programmeDraft';
import { programmeOf, SOUTH_COAST } from '../support/programme';

describe('editing the draft', () => {
  it('removing Skurup takes it out of Kluster Syd too, which then has one municipality and is marked', () => {
    const draft = removeItem(programmeOf(SOUTH_COAST), 'municipalities', 'm2');
    expect(draft.clusters[0]!.municipalityIds).toEqual(['m1']);
    expect(problemsAt(problemsOf(draft), 'clusters', 0, 'municipalityIds')).toMatchObject([
      { kind: 'clusterSize', count: 1 },
    ]);
  });

  it('removing Karin from the team leaves Kluster Syd without a supervisor, not with a dangling one', () => {
    const draft = removeItem(programmeOf(SOUTH_COAST), 'team', 't2');
    expect(draft.clusters[0]).not.toHaveProperty('supervisorId');
    expect(problemsOf(draft)).toEqual([]);
  });

  it('"Ingen vald" as supervisor removes it; choosing Ahmed sets him', () => {
    const doc = programmeOf(SOUTH_COAST);
    expect(setSupervisor(doc, 'c1', '').clusters[0]).not.toHaveProperty('supervisorId');
    expect(setSupervisor(doc, 'c1', 't3').clusters[0]!.supervisorId).toBe('t3');
    expect(setSupervisor(doc, 'c1', 't3').clusters[1]).toEqual(doc.clusters[1]);
  });

  it('ticking and unticking a municipality in a cluster', () => {
    const doc = programmeOf(SOUTH_COAST);
    const ticked = toggleClusterMunicipality(doc, 'c1', 'm5', true);
    expect(ticked.clusters[0]!.municipalityIds).toEqual(['m1', 'm2', 'm5']);
    expect(toggleClusterMunicipality(ticked, 'c1', 'm5', false)).toEqual(doc);
  });

  it('a new cluster gets a name no other has; a new meeting the next number, two months on', () => {
    const doc = programmeOf({ ...SOUTH_COAST, clusters: [{ name: 'Kluster 2', municipalities: ['Ystad', 'Skurup'] }] });
    expect(addCluster(doc, 'new').clusters[1]!.name).toBe('Kluster 3');
    expect(addMeeting(doc, 'new', '2026-01-05').meetings[2]).toEqual({ id: 'new', number: 3, date: '2026-07-12' });
    expect(addMeeting(programmeOf({}), 'new', '2026-01-05').meetings[0]).toEqual({
      id: 'new',
      number: 1,
      date: '2026-01-05',
    });
  });
});

describe('what counts as a change, and where a problem shows', () => {
  it('typing a room and clearing it again is no change to save', () => {
    const doc = programmeOf({
      ...SOUTH_COAST,
      clusters: [{ name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'] }],
    });
    const typed = updateItem(doc, 'clusters', 'c1', { room: 'Rum 9' });
    expect(isDirty(doc, typed)).toBe(true);
    expect(isDirty(doc, updateItem(typed, 'clusters', 'c1', { room: '' }))).toBe(false);
  });

  it('an emptied name is marked on that very field; the programme name on its own field', () => {
    const draft = updateItem({ ...programmeOf(SOUTH_COAST), name: ' ' }, 'team', 't3', { name: '' });
    const problems = problemsOf(draft);
    expect(problemsAt(problems, 'team', 2, 'name')).toMatchObject([{ kind: 'invalidField' }]);
    expect(problemsAt(problems, 'name', -1, 'name')).toMatchObject([{ kind: 'invalidField' }]);
  });
});
