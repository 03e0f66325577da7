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
 * "08:05": a time of day on the clocks of the meeting's zone (T5), in Swedish
 * or English, whatever the zone of the laptop or server that formats it.
 */
export function clockText(ms: number, language: string, timeZone: string): string {
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  const key = `${locale} ${timeZone}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    clockFormats.set(key, format);
  }
  return format.format(ms);
}
