/** What the print-outs and the report's charts show, from the scripted day and a check-in with three boards. */
import { describe, expect, it } from 'vitest';
import { STATEMENT_LIBRARY } from '../../shared/day/board';
import { decide, reduce } from '../../shared/day/meeting';
import { meetingReport } from '../../shared/day/report';
import {
  agendaChart,
  cardSheets,
  reportPaths,
  roundsChart,
  signedMinutes,
  textSize,
} from '../../client/src/model/report';
import { clockOn, scriptedDay } from '../support/scriptedDay';

const { state } = scriptedDay();

describe('the statement cards for the room', () => {
  it('the scripted day: the EOR statement, then its two poles; the check-out mirrors it, so nothing prints twice', () => {
    expect(
      cardSheets(state, true).map((s) =>
        s.kind === 'statement' ? `${s.n}/${s.count} ${s.text}` : `[${s.label}] ${s.statements}`,
      ),
    ).toEqual(['1/1 Vi har ett EOR som alla i verksamheten känner till', '[Stämmer inte alls] 1', '[Stämmer helt] 1']);
  });

  it('three boards: every card label once, with the statements it is for; without the statements only cards', () => {
    const statements = [
      STATEMENT_LIBRARY[0]!,
      STATEMENT_LIBRARY[1]!,
      {
        text: 'Var står ni?',
        board: {
          kind: 'cards' as const,
          cards: [
            { label: 'stämmer  HELT', x: 0.2, y: 0.5 },
            { label: 'Nja', x: 0.8, y: 0.5 },
          ],
        },
      },
    ];
    const d = decide(
      state,
      {
        type: 'createExercise',
        kind: 'checkIn',
        title: 'Dag 2',
        anonymous: true,
        hiddenUntilReveal: false,
        statements,
      },
      { role: 'facilitator' },
      {
        now: 0,
        newId: (() => {
          let n = 0;
          return () => `x${++n}`;
        })(),
      },
    );
    if (!d.ok) throw new Error(d.error.message);
    const withDay2 = d.events.reduce(reduce, state);
    const cards = cardSheets(withDay2, false);
    expect(cards.map((s) => (s.kind === 'card' ? `${s.label}: ${s.statements.join(',')}` : s.kind))).toEqual([
      'Stämmer inte alls: 1,2,3',
      // "stämmer  HELT" on the third board is the same card as "Stämmer helt".
      'Stämmer helt: 1,2,3,4',
      'Nja: 4',
    ]);
    expect(cardSheets(withDay2, true).filter((s) => s.kind === 'statement')).toHaveLength(4);
  });

  it('long text gets smaller type', () => {
    expect([
      textSize('Stämmer helt'),
      textSize('Vi har ett EOR som alla i verksamheten känner till'),
      textSize('x'.repeat(121)),
    ]).toEqual(['xl', 'l', 'm']);
  });
});

describe("the report's charts and links", () => {
  const report = meetingReport(state, {
    now: clockOn('2026-11-23')('12:00'),
    dayStart: clockOn('2026-11-23')('08:00'),
    forTeam: false,
  });

  it('planned against actual minutes, per segment and per municipality in the rounds', () => {
    expect(agendaChart(report.agenda).map((r) => r.values)).toEqual([
      [30, 35],
      [30, 25],
      [60, 65],
      [30, 25],
      [30, 20],
    ]);
    expect(roundsChart(report.rounds[0]!)).toEqual([
      { label: 'Ystad', values: [23, 23] },
      { label: 'Skurup', values: [10, 42] },
    ]);
  });

  it('differences carry their sign in words, not colour: +2, −2,5, 0', () => {
    expect([
      signedMinutes(120_000, 'sv'),
      signedMinutes(-150_000, 'sv'),
      signedMinutes(-150_000, 'en'),
      signedMinutes(20_000, 'sv'),
    ]).toEqual(['+2', '−2,5', '−2.5', '+0,3']);
    expect(signedMinutes(0, 'sv')).toBe('0');
  });

  it('the print views open with the secret of the view that links them, in the fragment', () => {
    expect(reportPaths('m 1', 'sekret')).toEqual({
      report: '/report/m%201#sekret',
      cards: '/report/m%201/cards#sekret',
      poster: '/report/m%201/poster#sekret',
    });
  });
});
