/**
 * Retention (SPEC.md, PD5): with `RETENTION_DAYS` set, the personal data of
 * every meeting whose date is more than that many days ago is erased, and the
 * participant list of every programme whose meetings are all that old; at
 * start-up and then once a day, through the injected clock.
 */
import type { FastifyBaseLogger } from 'fastify';
import { hasPersonalData } from '../shared/day/personalData';
import type { Meetings } from './meetings';
import type { ProgrammeStore } from './year/programmeStore';
import type { Clock } from './secrets';

const DAY = 24 * 60 * 60 * 1000;

export interface RetentionDeps {
  meetings: Meetings;
  programmes?: ProgrammeStore;
  clock: Clock;
  days: number;
  log: FastifyBaseLogger;
}

/** The ISO date `days` days before `now`: meetings dated before it are past retention. */
export function retentionCutoff(now: number, days: number): string {
  return new Date(now - days * DAY).toISOString().slice(0, 10);
}

export class Retention {
  private cancel: (() => void) | null = null;
  private closed = false;

  constructor(private readonly deps: RetentionDeps) {}

  /** Erases what is past retention now, then schedules the next run a day later. */
  async start(): Promise<void> {
    await this.run();
  }

  close(): void {
    this.closed = true;
    this.cancel?.();
    this.cancel = null;
  }

  /** One pass; returns how many meetings and programmes had personal data erased. */
  async run(): Promise<{ meetings: number; programmes: number }> {
    const { meetings, programmes, clock, days, log } = this.deps;
    const cutoff = retentionCutoff(clock.now(), days);
    let erasedMeetings = 0;
    let erasedProgrammes = 0;
    try {
      for (const id of await meetings.meetingIds()) {
        const live = await meetings.get(id);
        if (!live || live.state.date >= cutoff || !hasPersonalData(live.state)) continue;
        const ack = await meetings.execute(id, { role: 'system' }, { type: 'erasePersonalData' });
        if (ack.ok) erasedMeetings++;
      }
      for (const id of programmes ? await programmes.ids() : []) {
        const stored = await programmes!.get(id);
        const doc = stored?.doc;
        if (!doc || !doc.participants.length || !doc.meetings.length || doc.meetings.some((m) => m.date >= cutoff))
          continue;
        if (await programmes!.save({ ...doc, participants: [] }, doc.version)) erasedProgrammes++;
      }
      if (erasedMeetings || erasedProgrammes) await meetings.compact();
      // Counts only: what was erased is exactly what must not be logged.
      log.info(
        { cutoff, meetings: erasedMeetings, programmes: erasedProgrammes },
        'retention: personal data past its time erased',
      );
    } catch (err) {
      log.error({ err }, 'retention run failed; it runs again tomorrow');
    } finally {
      if (!this.closed) this.cancel = clock.at(clock.now() + DAY, () => this.run());
    }
    return { meetings: erasedMeetings, programmes: erasedProgrammes };
  }
}
