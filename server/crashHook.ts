/**
 * The crash test's plug pull at the worst moment (SPEC D4; tests/integration/
 * crash.test.ts): with `LARTRAFF_TEST_KILL_AFTER_COMMIT=<event type>` the
 * process kills itself with SIGKILL as soon as the store has committed an
 * append holding that event, before the command's ack can leave. A timed
 * SIGKILL from outside cannot hit that window; this does, every time. Unset
 * (as everywhere but that test), the store is returned untouched.
 */
import type { MeetingStore } from './store';

export function killAfterCommit(store: MeetingStore, eventType: string | undefined): MeetingStore {
  if (!eventType) return store;
  return {
    ...store,
    async append(meetingId, events, opts) {
      const revoked = await store.append(meetingId, events, opts);
      if (events.some((e) => e.event.type === eventType)) process.kill(process.pid, 'SIGKILL');
      return revoked;
    },
  };
}
