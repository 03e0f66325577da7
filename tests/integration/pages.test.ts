/**
 * [N1] The server answers the client's pages with the app and every other
 * path with a real 404: the icon and the manifest are files of their own, and
 * `/favicon.ico` or a scanner's `/foo.php` never get the app's page with 200.
 * The client dir is the real public folder (client/public) beside a stand-in
 * app shell, so the test needs no build.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, startServer } from '../support/server';

afterEach(closeAll);

const SHELL = '<!doctype html><html lang="sv"><title>Lärträff</title><div id="root"></div></html>';

function clientDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lartraff-client-'));
  cpSync(join(process.cwd(), 'client', 'public'), dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), SHELL);
  return dir;
}

describe('[N1] pages and 404s', () => {
  it('every page of the client gets the app', async () => {
    const server = await startServer({ clientDir: clientDir() });
    for (const path of [
      '/',
      '/join',
      '/join/BWKQYF',
      '/m/abc123',
      '/facilitator/abc123',
      '/screen/abc123',
      '/supervisor/abc123',
      '/team/abc123',
      '/report/abc123',
      '/report/abc123/cards',
      '/programme/p1',
      '/programme/p1/report',
      '/eor/p1',
      '/eor/p1/b2',
      '/screen/abc123?lang=en',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(SHELL);
    }
  });

  it('the icon and the manifest are served as what they are', async () => {
    const server = await startServer({ clientDir: clientDir() });
    const icon = await fetch(`${server.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toMatch(/^<svg /);
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const body = (await manifest.json()) as { name: string; start_url: string; icons: { src: string }[] };
    expect(body).toMatchObject({ name: 'Lärträff', start_url: '/' });
    for (const { src } of body.icons) expect((await fetch(`${server.url}${src}`)).status, src).toBe(200);
  });

  it('a path that is no page is a 404, never the app', async () => {
    const server = await startServer({ clientDir: clientDir() });
    for (const path of [
      '/favicon.ico',
      '/foo.php',
      '/wp-login.php',
      '/assets/missing.js',
      '/m',
      '/m/abc/def',
      '/screen/abc.php',
      '/facilitator/abc123/extra',
      '//m/abc',
      '/.env',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(await res.json(), path).toMatchObject({ code: 'not_found' });
    }
  });
});
