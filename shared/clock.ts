/**
 * Clock offset between a client and the server (DESIGN.md, "Time"). A sample
 * is one ping: the client's send and receive times and the server's time.
 * The sample with the smallest round trip is the most trustworthy.
 */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverNow: number;
}

export interface ClockEstimate {
  /** Add to the client's Date.now() to get server time. */
  offsetMs: number;
  roundTripMs: number;
}

export function estimateFromSample(s: ClockSample): ClockEstimate {
  const roundTripMs = Math.max(0, s.receivedAt - s.sentAt);
  return { offsetMs: s.serverNow - (s.sentAt + roundTripMs / 2), roundTripMs };
}

export function bestEstimate(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const s of samples) {
    const e = estimateFromSample(s);
    if (!best || e.roundTripMs < best.roundTripMs) best = e;
  }
  return best;
}

/** Milliseconds left until `endsAt` (server time) as seen from a client clock. */
export function remainingMs(endsAt: number, clientNow: number, offsetMs: number): number {
  return endsAt - (clientNow + offsetMs);
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * [L4] The one way a time of day is written: "08.05" in Swedish (the Swedish
 * convention, Språkrådet), "08:05" in English. `hhmm` is a planned start as
 * stored ("08:05").
 */
export function timeOfDay(hhmm: string, language: string): string {
  const [h = '00', m = '00'] = hhmm.split(/[:.]/);
  return `${h.padStart(2, '0')}${language === 'en' ? ':' : '.'}${m.padStart(2, '0')}`;
}

/**
 * "08.05": a time of day on the clocks of the meeting's zone (T5), in Swedish
 * or English, whatever the zone of the laptop or server that formats it. The
 * hour and minute come from Intl; the separator is ours (L4), not the ICU
 * version's.
 */
export function clockText(ms: number, language: string, timeZone: string): string {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    clockFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value ?? '00';
  return timeOfDay(`${part('hour')}:${part('minute')}`, language);
}
