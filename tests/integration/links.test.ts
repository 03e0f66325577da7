/**
 * [A7] The facilitator replaces or revokes a secret link on the day: the old
 * one's open screens drop at once and cannot come back, the new one (shown
 * once, in the ack) works, participants carry on, and the log says that a
 * link changed without ever holding a token.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SERVER_EVENTS, type SequencedEvent } from '../../shared/protocol';
import {
  connect,
  disconnected,
  inboxOf,
  joinByCode,
  refusal,
  send,
  serverSeq,
  tokenFromLink,
  track,
  waitFor,
  welcomeOf,
} from '../support/server';
import { CLUSTERED_DAY, eachTest, meetingDay } from '../support/meetingDay';

const day = eachTest(() => meetingDay({ meeting: CLUSTERED_DAY }));

const supervisorLink = (name: string) => day.meeting.supervisorLinks.find((s) => s.name === name)!;

describe('[A7] replacing and revoking links', () => {
  it('the projector link photographed from the screen is replaced: the projector drops at once, the old link is refused, the new one works, phones carry on', async () => {
    const projector = await connect(day.server.url, { token: day.meeting.screenToken });
    const lena = await joinByCode(day.server.url, day.meeting.code, 'Lena Ek', 'Ystad');
    const lenaView = track(lena.socket);
    await lenaView.ready;
    const dropped = disconnected(projector);

    const ack = await send(day.facilitator, { type: 'changeLink', link: 'screen', action: 'rotate' });
    if (!ack.ok || !ack.issued) throw new Error(`expected a new link, got ${JSON.stringify(ack)}`);
    expect(ack.issued).toMatchObject({
      link: 'screen',
      path: expect.stringMatching(new RegExp(`^/screen/${day.meeting.meetingId}#.{16,}$`)),
    });
    expect(await dropped).toBe('io server disconnect');
    expect(await refusal(day.server.url, { token: day.meeting.screenToken })).toMatchObject({ code: 'forbidden' });

    const newProjector = await connect(day.server.url, { token: tokenFromLink(ack.issued.path) });
    expect(welcomeOf(newProjector).actor.role).toBe('screen');
    // Lena's phone never noticed.
    expect(lena.socket.connected).toBe(true);
    expect((await send(day.facilitator, { type: 'advanceAgenda', fromSegmentId: null })).ok).toBe(true);
    await waitFor(() => lenaView.state.currentSegmentId !== null, 3_000, 'Lena sees the day start');
    expect(day.facilitator.connected).toBe(true);
  });

  it("one supervisor's link is replaced: that tablet drops, the other cluster's supervisor carries on", async () => {
    const karin = await connect(day.server.url, { token: tokenFromLink(supervisorLink('Kluster Syd').link) });
    const per = await connect(day.server.url, { token: tokenFromLink(supervisorLink('Kluster Öst').link) });
    const dropped = disconnected(karin);
    const ack = await send(day.facilitator, {
      type: 'changeLink',
      link: 'supervisor',
      clusterId: supervisorLink('Kluster Syd').clusterId,
      action: 'rotate',
    });
    if (!ack.ok || !ack.issued) throw new Error('expected a new link');
    await dropped;
    expect(per.connected).toBe(true);
    const again = await connect(day.server.url, { token: tokenFromLink(ack.issued.path) });
    expect(welcomeOf(again).actor).toMatchObject({
      role: 'supervisor',
      clusterId: supervisorLink('Kluster Syd').clusterId,
    });
    expect(await refusal(day.server.url, { token: tokenFromLink(supervisorLink('Kluster Syd').link) })).toMatchObject({
      code: 'forbidden',
    });
  });

  it("the evaluator's link is revoked: no new link, the open view drops and cannot reconnect", async () => {
    const evaluator = await connect(day.server.url, { token: tokenFromLink(day.meeting.evaluatorLink) });
    const dropped = disconnected(evaluator);
    const ack = await send(day.facilitator, { type: 'changeLink', link: 'evaluator', action: 'revoke' });
    expect(ack).toEqual({ ok: true, seq: expect.any(Number) });
    await dropped;
    expect(await refusal(day.server.url, { token: tokenFromLink(day.meeting.evaluatorLink) })).toMatchObject({
      code: 'forbidden',
    });
    // Replacing it later gives a working link again.
    const ack2 = await send(day.facilitator, { type: 'changeLink', link: 'evaluator', action: 'rotate' });
    if (!ack2.ok || !ack2.issued) throw new Error('expected a new link');
    expect(welcomeOf(await connect(day.server.url, { token: tokenFromLink(ack2.issued.path) })).actor.role).toBe(
      'evaluator',
    );
  });

  it('the facilitator replaces their own link: the ack with the new link arrives before the console drops, and the new link opens the console', async () => {
    const otherTab = await connect(day.server.url, { token: day.meeting.facilitatorToken });
    const tabDropped = disconnected(otherTab);
    const ack = await send(day.facilitator, { type: 'changeLink', link: 'facilitator', action: 'rotate' });
    if (!ack.ok || !ack.issued) throw new Error('expected a new link');
    await tabDropped;
    await waitFor(() => !day.facilitator.connected, 3_000, 'the old console drops');
    const console2 = await connect(day.server.url, { token: tokenFromLink(ack.issued.path) });
    expect(welcomeOf(console2).actor.role).toBe('facilitator');
    expect(await refusal(day.server.url, { token: day.meeting.facilitatorToken })).toMatchObject({ code: 'forbidden' });
    // Revoking the console's link without a new one would lock the meeting: refused, nothing logged.
    const seq = await serverSeq(console2);
    expect(await send(console2, { type: 'changeLink', link: 'facilitator', action: 'revoke' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await serverSeq(console2)).toBe(seq);
  });

  it('a wrong cluster or a cluster on a link that has none is refused and changes nothing', async () => {
    const seq = await serverSeq(day.facilitator);
    expect(
      await send(day.facilitator, { type: 'changeLink', link: 'supervisor', clusterId: 'nope', action: 'rotate' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await send(day.facilitator, { type: 'changeLink', link: 'supervisor', action: 'rotate' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(
      await send(day.facilitator, {
        type: 'changeLink',
        link: 'screen',
        clusterId: supervisorLink('Kluster Syd').clusterId,
        action: 'rotate',
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await serverSeq(day.facilitator)).toBe(seq);
    expect(welcomeOf(await connect(day.server.url, { token: day.meeting.screenToken })).actor.role).toBe('screen');
  });

  it('the log keeps the fact for the team (the console sees it, a phone gets only its seq) and never a token', async () => {
    const lena = await joinByCode(day.server.url, day.meeting.code, 'Lena Ek', 'Ystad');
    const phone = track(lena.socket);
    const consoleView = track(day.facilitator);
    await Promise.all([phone.ready, consoleView.ready]);
    const ack = await send(day.facilitator, { type: 'changeLink', link: 'screen', action: 'rotate' });
    if (!ack.ok || !ack.issued) throw new Error('expected a new link');
    await waitFor(() => phone.seq === ack.seq, 3_000, 'the phone caught up');
    const db = new Database(day.server.file, { readonly: true });
    const rows = db.prepare('select type, data from events where meeting_id = ?').all(day.meeting.meetingId) as {
      type: string;
      data: string;
    }[];
    db.close();
    const logged = rows.filter((r) => r.type === 'linkChanged');
    expect(logged.map((r) => JSON.parse(r.data) as unknown)).toEqual([
      { type: 'linkChanged', link: 'screen', action: 'rotate', at: expect.any(Number) },
    ]);
    const toPhone = inboxOf(lena.socket)
      .filter((m) => m.event === SERVER_EVENTS.events)
      .flatMap((m) => (m.args[0] as { events: SequencedEvent[] }).events);
    expect(toPhone.find((e) => e.seq === ack.seq)).toEqual({ seq: ack.seq });
    const everything = rows.map((r) => r.data).join('\n');
    for (const secret of [day.meeting.screenToken, tokenFromLink(ack.issued.path), day.meeting.facilitatorToken])
      expect(everything).not.toContain(secret);
  });
});
