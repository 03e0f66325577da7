/**
 * A participant who uses only the keyboard: joins with the code, places
 * themselves on a statement with the arrow keys and Enter, and queues a
 * question during the other municipalities' feedback. The project leader's
 * and the supervisor's commands come from a real socket client (their own
 * screens are covered by meetingDay.e2e.test.ts); Anna from Kungsbacka is on
 * another phone so that Kungsbacka presents.
 */
import { expect, test } from 'vitest';
import { lineCheckIn } from '../support/commandSamples';
import { closeAll, connect, createMeeting, joinByCode, send, track, waitFor, type Mirror } from '../support/server';
import { expectAccessible } from './support/axe';
import { baseUrl, browserForFile, expectNoConsoleErrors, openDevice, screenshot } from './support/browser';
import { tabTo } from './support/keyboard';

const STATEMENT = 'Vi följer upp våra resultat varje månad och jämför med föregående år';

const browser = browserForFile(closeAll);

test('[W2] joining, placing oneself and raising a hand work with the keyboard alone', async () => {
  const meeting = await createMeeting(baseUrl(), {
    name: 'Lärträff 3 – Bakåtplanering',
    date: new Date().toLocaleDateString('sv-SE'),
    municipalities: [{ name: 'Kungsbacka' }, { name: 'Vellinge' }],
    clusters: [
      { name: 'Kluster Väst', municipalities: ['Kungsbacka', 'Vellinge'], supervisor: 'Karin Nilsson', room: 'Rum 1' },
    ],
    agenda: [
      { kind: 'checkIn', title: 'Incheckningsövning', plannedStart: '09:00', plannedMinutes: 30 },
      { kind: 'clusterWork', title: 'EOR-återkoppling i kommunklustren', plannedStart: '09:30', plannedMinutes: 60 },
    ],
  });
  const facilitator = await connect(baseUrl(), { token: meeting.facilitatorToken });
  const day: Mirror = track(facilitator);
  await day.ready;
  const ok = async (command: unknown) => expect(await send(facilitator, command)).toMatchObject({ ok: true });
  await joinByCode(baseUrl(), meeting.code, 'Anna Svensson', 'Kungsbacka');

  const device = await openDevice(browser(), 'laptop');
  const { page } = device;

  // Join: the code, Enter; name, municipality by typing its first letters, then the button.
  await page.goto('/');
  await tabTo(page, page.getByLabel('Kod'));
  await page.keyboard.type(meeting.code.toLowerCase());
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Gå med i Lärträff 3 – Bakåtplanering' }).waitFor();
  await tabTo(page, page.getByLabel('Ditt namn'));
  await page.keyboard.type('Sara Ekström');
  await tabTo(page, page.getByLabel('Kommun', { exact: true }));
  await page.keyboard.type('Vel');
  expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('Vellinge');
  await tabTo(page, page.getByRole('button', { name: 'Gå med' }));
  await page.keyboard.press('Enter');
  await page.getByText('Hej Sara Ekström!').waitFor();

  // The check-in opens; the token moves with Shift+arrow (a tenth of the board each) and Enter saves: from the middle to 0.8, which is 89 of 100 on the line from 0.12 to 0.88.
  await ok({ type: 'advanceAgenda', fromSegmentId: null });
  await ok(lineCheckIn(STATEMENT));
  await waitFor(() => day.state.exercises.length === 1, 5_000, 'the exercise');
  const statementId = day.state.exercises[0]!.statements[0]!.id;
  await ok({ type: 'openStatement', statementId });
  await page.getByRole('heading', { name: STATEMENT }).waitFor();
  const token = page.getByRole('button', { name: 'Jag – din placering' });
  await tabTo(page, token);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(async () =>
      token.getAttribute('aria-describedby').then((ids) => page.locator(`[id="${ids!.split(' ')[0]}"]`).innerText()),
    )
    .toBe('89 av 100 mot ”Stämmer helt”.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Sparad' }).waitFor();
  await waitFor(
    () => day.state.placements.some((p) => p.statementId === statementId),
    5_000,
    'the placement on the server',
  );
  expect(day.state.placements[0]!.x).toBeCloseTo(0.8, 5);
  await screenshot(page, 'keyboard-placed');
  await expectAccessible(page, 'participant (keyboard), statement placed');

  // Peer feedback in Kluster Väst: Kungsbacka presents, Vellinge may ask.
  await ok({ type: 'closeExercise', exerciseId: day.state.exercises[0]!.id });
  await ok({ type: 'advanceAgenda', fromSegmentId: day.state.currentSegmentId });
  const clusterId = day.state.clusters[0]!.id;
  await ok({ type: 'startFeedback', clusterId });
  await waitFor(() => day.state.feedbackRuns.length === 1, 5_000, 'the round');
  await ok({ type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'presentation' } });
  await ok({ type: 'feedbackStep', clusterId, direction: 'next', from: { index: 0, phase: 'supervisor' } });
  await page.getByText('Frågor till Kungsbacka').waitFor();
  await tabTo(page, page.getByLabel('Kort fråga eller kommentar (valfritt)'));
  await page.keyboard.type('Hur ofta följer ni upp?');
  await tabTo(page, page.getByRole('button', { name: 'Räck upp handen' }));
  await page.keyboard.press('Enter');
  await page.getByText('Du står i kön som nummer 1.').waitFor();
  await waitFor(
    () => day.state.feedbackRuns[0]!.queue.some((q) => q.text === 'Hur ofta följer ni upp?'),
    5_000,
    'the question in the queue',
  );
  await screenshot(page, 'keyboard-in-queue');
  await expectAccessible(page, 'participant (keyboard), question queued');

  expectNoConsoleErrors([device]);
  await device.context.close();
});
