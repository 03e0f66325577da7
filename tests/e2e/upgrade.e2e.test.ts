/**
 * [S5] The server was upgraded while Anna's phone had the meeting open: the
 * tab's client speaks an older protocol. In Chromium, against a server of a
 * newer protocol serving this build, the tab reloads itself once and, since
 * the server still speaks another protocol, then says why it cannot follow
 * instead of going quiet.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/protocol';
import { closeAll, createMeeting, joinByCode, startServer } from '../support/server';
import { expectAccessible } from './support/axe';
import { browserForFile, expectNoConsoleErrors, openDevice, screenshot } from './support/browser';

const browser = browserForFile(closeAll);

test('[S5] a phone tab older than the server reloads itself once, then says Lärträff was updated and offers to reload', async () => {
  const newer = PROTOCOL_VERSION + 1;
  const server = await startServer({ protocol: newer, clientDir: join(process.cwd(), 'dist', 'client') });
  const meeting = await createMeeting(server.url);
  const anna = await joinByCode(server.url, meeting.code, 'Anna Svensson', 'Trelleborg', { protocol: newer });
  anna.socket.disconnect();

  const phone = await openDevice(browser(), 'phone', { baseURL: server.url });
  // Anna joined on this phone before the upgrade: it keeps her token.
  await phone.context.addInitScript(
    ([key, token]) => localStorage.setItem(key!, token!),
    [`lartraff.participant.${meeting.meetingId}`, anna.token],
  );
  let loads = 0;
  phone.page.on('load', () => (loads += 1));
  await phone.page.goto(`/m/${meeting.meetingId}`);

  await phone.page
    .getByRole('status')
    .getByText('Lärträff har uppdaterats och den här sidan kan inte följa mötet längre. Ladda om sidan.')
    .waitFor();
  expect(loads).toBe(2);
  // Once: the tab does not keep reloading while the server speaks another protocol.
  await phone.page.waitForTimeout(2_000);
  expect(loads).toBe(2);
  expect(await phone.page.evaluate(() => sessionStorage.getItem('lartraff.reloadedForProtocol'))).toBe('1');
  await phone.page.getByRole('button', { name: 'Ladda om' }).waitFor();
  await screenshot(phone.page, 'phone-outdated');
  await expectAccessible(phone.page, 'phone, page older than the server');

  expectNoConsoleErrors([phone]);
  await phone.context.close();
});
