/**
 * [W1] The pages people land on by mistake: a secret link that is wrong (a
 * typo, a link from last month) and a phone that never joined. They say what
 * happened in words, offer the way back, and pass axe like every other view.
 */
import { test } from 'vitest';
import { createMeeting } from '../support/server';
import { expectAccessible } from './support/axe';
import { baseUrl, browserForFile, expectNoConsoleErrors, openDevice, screenshot } from './support/browser';

const browser = browserForFile();

test('[W1] a wrong console or projector link, and a phone that never joined, say so and pass axe', async () => {
  const meeting = await createMeeting(baseUrl(), {
    name: 'Lärträff 6 – Fullfölja',
    date: '2026-12-08',
    municipalities: [{ name: 'Höör' }],
  });
  const laptop = await openDevice(browser(), 'laptop');
  await laptop.page.goto(`/facilitator/${meeting.meetingId}#not-the-secret-of-this-meeting-000000000000`);
  await laptop.page.getByText('Länken gäller inte (längre). Be projektledaren om en ny.').waitFor();
  await screenshot(laptop.page, 'bad-console-link');
  await expectAccessible(laptop.page, 'facilitator console, wrong secret link');

  await laptop.page.goto(`/screen/${meeting.meetingId}#not-the-secret-of-this-meeting-000000000000`);
  await laptop.page.getByText('Länken gäller inte (längre). Be projektledaren om en ny.').waitFor();
  await expectAccessible(laptop.page, 'projector, wrong secret link');

  const phone = await openDevice(browser(), 'phone');
  await phone.page.goto(`/m/${meeting.meetingId}`);
  await phone.page.getByText('Du har inte gått med i den här lärträffen på den här enheten.').waitFor();
  await phone.page.getByRole('link', { name: 'Gå med' }).waitFor();
  await screenshot(phone.page, 'phone-not-joined');
  await expectAccessible(phone.page, 'phone, meeting page without having joined');

  expectNoConsoleErrors([laptop, phone]);
  await laptop.context.close();
  await phone.context.close();
});
