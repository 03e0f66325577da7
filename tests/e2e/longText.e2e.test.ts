/**
 * [H1] Text as long as the schemas allow, in one unbroken word (a name, a
 * new municipality, a supervisor, a question), does not push any device's
 * page sideways: the phone at 390 px, the supervisor's tablet and the
 * report (on the tablet, and on the phone, in the team's version with the
 * names) keep to the viewport's width.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { connect, createMeeting, joinByCode, send, tokenFromLink, track } from '../support/server';
import { baseUrl, browserForFile, expectNoConsoleErrors, openDevice, screenshot } from './support/browser';
import { fillJoinForm } from './support/meetingDay';

const browser = browserForFile();

/** An 80-character word, the longest a name or municipality may be. */
const word = (stem: string) => stem.repeat(Math.ceil(80 / stem.length)).slice(0, 80);
const NAME = word('Långbergsdotter');
const MUNICIPALITY = word('Överkalixfjärden');
const SUPERVISOR = word('Handledarsson');

/** How far the page reaches past the viewport's right edge, in CSS px (0 when it does not scroll sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('[H1] an 80-character word in a name, a municipality and a supervisor scrolls no page sideways', async () => {
  const url = baseUrl();
  const meeting = await createMeeting(url, {
    name: word('Lärträffsdagen'),
    date: '2026-12-08',
    clusters: [{ name: 'Kluster Syd', municipalities: [MUNICIPALITY, 'Ystad'], supervisor: SUPERVISOR, room: 'B' }],
  });
  const facilitator = await connect(url, { token: meeting.facilitatorToken });
  for (const [name, municipality] of [
    [word('Kristofferssonsdotter'), 'Ystad'],
    [word('Abrahamsson'), MUNICIPALITY],
  ] as const)
    await joinByCode(url, meeting.code, name, municipality);

  const phone = await openDevice(browser(), 'phone');
  await phone.page.goto(`/join/${meeting.code}`);
  await phone.page.getByRole('heading', { name: /^Gå med i / }).waitFor();
  await fillJoinForm(phone.page, NAME, MUNICIPALITY);

  // The rounds in the clusters: the phone says where to be (the cluster's room and supervisor) and who has the floor.
  const view = track(facilitator);
  await view.ready;
  const clusterWork = view.state.agenda.find((s) => s.kind === 'clusterWork')!;
  const cluster = meeting.supervisorLinks[0]!;
  for (const command of [
    { type: 'goToSegment', fromSegmentId: null, segmentId: clusterWork.id },
    { type: 'startFeedback', clusterId: cluster.clusterId },
  ])
    expect(await send(facilitator, command)).toMatchObject({ ok: true });
  await phone.page.getByText(SUPERVISOR).first().waitFor();
  await screenshot(phone.page, 'phone-long-words');
  expect(await overflow(phone.page), 'the phone').toBe(0);

  const tablet = await openDevice(browser(), 'tablet');
  await tablet.page.goto(new URL(cluster.link, url).href);
  await tablet.page.getByText(MUNICIPALITY).first().waitFor();
  await screenshot(tablet.page, 'tablet-long-words');
  expect(await overflow(tablet.page), 'the tablet').toBe(0);

  for (const device of [tablet, phone]) {
    await device.page.goto(`/report/${meeting.meetingId}#${tokenFromLink(meeting.facilitatorLink)}`);
    await device.page.getByRole('region', { name: 'Närvaro' }).waitFor();
    await device.page.getByRole('checkbox', { name: /^Teamets version/ }).check();
    await device.page.getByText(NAME).first().waitFor();
    await screenshot(device.page, 'report-long-words');
    expect(await overflow(device.page), 'the report').toBe(0);
  }

  expectNoConsoleErrors([phone, tablet]);
  facilitator.close();
  await phone.context.close();
  await tablet.context.close();
});
