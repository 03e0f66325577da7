import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA } from '../../shared/day/agenda';
import { BLANK_MEETING, meetingCreated, reduce, type MeetingState } from '../../shared/day/meeting';
import type { MeetingEvent } from '../../shared/protocol';
import { statusOf } from '../../shared/day/schedule';
import { nowAndNext, showsKind } from '../../client/src/model/agenda';
import { joinUrl } from '../../client/src/model/joinUrl';
import { clockText, dateText, timeOfDay } from '../../client/src/model/time';
import { boardLegend, initials, rosterGroups } from '../../client/src/model/roster';

function dayWith(...events: MeetingEvent[]): MeetingState {
  let n = 0;
  const created = meetingCreated(
    {
      name: 'Lärträff 2',
      date: '2026-11-23',
      municipalities: [{ name: 'Trelleborg' }, { name: 'Kungsbacka' }, { name: 'Ystad' }],
    },
    'meeting-1',
    'BWKQYF',
    { now: 0, newId: () => `id${++n}` },
  );
  return [created, ...events].reduce(reduce, BLANK_MEETING);
}

describe('now and next on every screen', () => {
  it('before the day starts the phones say so and show the team check-in as next', () => {
    const view = nowAndNext(dayWith());
    expect(view.phase).toBe('notStarted');
    expect(view.now).toBeNull();
    expect(view.next?.title).toBe(DEFAULT_AGENDA[0]!.title);
  });

  it('during the coffee break the check-in exercise is next, and the team check-in is done', () => {
    const state = dayWith();
    const [team, coffee, checkIn] = state.agenda;
    const running = dayWith(
      { type: 'segmentChanged', fromSegmentId: null, toSegmentId: team!.id, at: 1 },
      { type: 'segmentChanged', fromSegmentId: team!.id, toSegmentId: coffee!.id, at: 2 },
    );
    const view = nowAndNext(running);
    expect(view).toMatchObject({ phase: 'running', now: { id: coffee!.id }, next: { id: checkIn!.id } });
    expect(statusOf(running, running.agenda[0]!)).toBe('done');
    expect(statusOf(running, running.agenda[1]!)).toBe('current');
    expect(statusOf(running, running.agenda[2]!)).toBe('upcoming');
  });

  it('after "Avsluta programpunkten" mid-morning the day is between segments, not over: the check-in is next', () => {
    const state = dayWith();
    const [team, coffee, checkIn] = state.agenda;
    const between = dayWith(
      { type: 'segmentChanged', fromSegmentId: null, toSegmentId: team!.id, at: 1 },
      { type: 'segmentChanged', fromSegmentId: team!.id, toSegmentId: coffee!.id, at: 2 },
      { type: 'segmentChanged', fromSegmentId: coffee!.id, toSegmentId: null, at: 3 },
    );
    expect(nowAndNext(between)).toMatchObject({ phase: 'between', now: null, next: { id: checkIn!.id } });
  });

  it('after every segment has run the day has ended and nothing is next', () => {
    const ids = [null, ...dayWith().agenda.map((s) => s.id), null];
    const ended = dayWith(
      ...ids
        .slice(1)
        .map((to, i) => ({ type: 'segmentChanged' as const, fromSegmentId: ids[i]!, toSegmentId: to, at: i + 1 })),
    );
    expect(nowAndNext(ended)).toEqual({ phase: 'ended', now: null, next: null });
  });

  it('a jump to the last segment does not end the day: what was passed over still waits (G1)', () => {
    const state = dayWith();
    const last = state.agenda.at(-1)!;
    const jumped = dayWith(
      { type: 'segmentChanged', fromSegmentId: null, toSegmentId: last.id, at: 1 },
      { type: 'segmentChanged', fromSegmentId: last.id, toSegmentId: null, at: 2 },
    );
    expect(nowAndNext(jumped)).toMatchObject({ phase: 'between', next: { id: state.agenda[0]!.id } });
  });

  it('"Incheckningsövning · Incheckningsövning" is not shown: the kind only when the title lacks it', () => {
    expect(showsKind('Incheckningsövning', 'Incheckningsövning')).toBe(false);
    expect(showsKind('Lunch', 'Paus')).toBe(true);
  });
});

describe('the roster', () => {
  it('groups by municipality in their order, names sorted the Swedish way, empty groups left out', () => {
    const state = dayWith(
      { type: 'participantJoined', participant: { id: 'p1', name: 'Örjan', municipalityId: 'id1', joinedAt: 1 } },
      { type: 'participantJoined', participant: { id: 'p2', name: 'Åsa', municipalityId: 'id1', joinedAt: 2 } },
      { type: 'participantJoined', participant: { id: 'p3', name: 'Anna', municipalityId: 'id1', joinedAt: 3 } },
      { type: 'participantJoined', participant: { id: 'p4', name: 'Omar', municipalityId: 'id3', joinedAt: 4 } },
    );
    const groups = rosterGroups(state, ['p2']);
    expect(groups.map((g) => g.municipality.name)).toEqual(['Trelleborg', 'Ystad']);
    expect(groups[0]!.participants.map((p) => p.name)).toEqual(['Anna', 'Åsa', 'Örjan']);
    expect(groups[0]!.participants.find((p) => p.name === 'Åsa')!.online).toBe(true);
    expect(groups[0]!.participants.find((p) => p.name === 'Anna')!.online).toBe(false);
  });

  it('[W3] the key under a board names each municipality with its people’s token texts, so colour is never alone', () => {
    const state = dayWith(
      { type: 'participantJoined', participant: { id: 'p1', name: 'Örjan Ek', municipalityId: 'id1', joinedAt: 1 } },
      { type: 'participantJoined', participant: { id: 'p2', name: 'Anna Berg', municipalityId: 'id1', joinedAt: 2 } },
      { type: 'participantJoined', participant: { id: 'p3', name: 'Omar Ali', municipalityId: 'id3', joinedAt: 3 } },
      { type: 'participantJoined', participant: { id: 'p4', name: 'Kim Lund', municipalityId: 'id2', joinedAt: 4 } },
    );
    const on = (...ids: string[]) => ids.map((participantId) => ({ participantId }));
    const named = boardLegend(state, on('p1', 'p2', 'p3'), false);
    expect(named.map((e) => [e.municipality.name, e.marks])).toEqual([
      ['Trelleborg', ['AB', 'ÖE']],
      ['Ystad', ['OA']],
    ]);
    // Anonymous: the municipality's mark, once, however many stand on the board.
    expect(boardLegend(state, on('p1', 'p2'), true).map((e) => [e.municipality.name, e.marks])).toEqual([
      ['Trelleborg', ['TR']],
    ]);
    // [PD7] The projector knows an anonymous exercise's tokens by pseudonym and municipality only.
    const byPseudonym = [{ participantId: 'anon-x', municipalityId: 'id3' }, ...on('p1')];
    expect(boardLegend(state, byPseudonym, true).map((e) => [e.municipality.name, e.marks])).toEqual([
      ['Trelleborg', ['TR']],
      ['Ystad', ['YS']],
    ]);
  });

  it('initials come from the first and last name', () => {
    expect(initials('Anna Maria Svensson')).toBe('AS');
    expect(initials('omar')).toBe('O');
  });
});

describe('the join address for the QR code', () => {
  it('a laptop on localhost gives the phones its LAN address', () => {
    expect(joinUrl('http://localhost:3000', 'http://192.168.1.20:3000', 'BWKQYF')).toBe(
      'http://192.168.1.20:3000/join/BWKQYF',
    );
  });
  it('a real host name is used as it is', () => {
    expect(joinUrl('https://lartraff.example.se', 'http://10.0.0.5:3000', 'BWKQYF')).toBe(
      'https://lartraff.example.se/join/BWKQYF',
    );
  });
  it('without a LAN address the page origin is all there is', () => {
    expect(joinUrl('http://127.0.0.1:3000', null, 'BWKQYF')).toBe('http://127.0.0.1:3000/join/BWKQYF');
  });
});

describe('room names', () => {
  const t = (key: string, v: { room: string }) => (key === 'agenda.inRoom' ? `rum ${v.room}` : `Rum: ${v.room}`);
  it('"B" reads "rum B", but "Rum 2" stays "Rum 2" rather than "rum Rum 2"', async () => {
    const { roomText } = await import('../../client/src/model/room');
    expect(roomText(t, 'B')).toBe('rum B');
    expect(roomText(t, 'Rum 2')).toBe('Rum 2');
    expect(roomText(t, 'Stora salen')).toBe('rum Stora salen');
    expect(roomText(t, 'Sal 3', 'agenda.room')).toBe('Sal 3');
  });
});

describe('[L1] dates and times in the device’s language', () => {
  it('a meeting date reads the Swedish way by default and the British way in English, the same day in any time zone', () => {
    expect(dateText('2026-12-08', 'sv')).toBe('8 december 2026');
    expect(dateText('2026-12-08', 'en')).toBe('8 December 2026');
    expect(dateText('2027-01-01', 'sv')).toBe('1 januari 2027');
  });
  it("[T5] [L4] the clock is 24-hour in both, on the meeting's clocks whatever the device's zone: 14.05 in Swedish, 14:05 in English", () => {
    const at = Date.parse('2026-11-23T14:05:00+01:00');
    expect(clockText(at, 'sv', 'Europe/Stockholm')).toBe('14.05');
    expect(clockText(at, 'en', 'Europe/Stockholm')).toBe('14:05');
    expect(clockText(at, 'sv', 'Europe/London')).toBe('13.05');
    expect(clockText(Date.parse('2026-11-23T08:05:00+01:00'), 'sv', 'Europe/Stockholm')).toBe('08.05');
  });
  it('[L4] a planned start as stored ("12:00") is written the same way as a clock time', () => {
    expect(timeOfDay('12:00', 'sv')).toBe('12.00');
    expect(timeOfDay('08:30', 'en')).toBe('08:30');
  });
});
