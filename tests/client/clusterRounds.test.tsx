/**
 * [T6] The console runs a cluster's rounds in the supervisor's place, in the
 * browser (jsdom) against a real server: the facilitator picks Kluster Syd in
 * the Kluster tab and uses the tablet's own buttons; Karin's tablet follows.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../client/src/i18n';
import { closeAll, connect, createMeeting, startServer, tokenFromLink, track, waitFor } from '../support/server';
import { openConsole } from '../support/view';

afterEach(async () => {
  await closeAll();
  setLanguage('sv');
});

async function consoleOnClusters() {
  const server = await startServer();
  const meeting = await createMeeting(server.url, {
    name: 'Lärträff 2',
    date: '2026-11-23',
    municipalities: ['Ystad', 'Skurup', 'Simrishamn', 'Tomelilla'].map((name) => ({ name })),
    clusters: [
      { name: 'Kluster Syd', municipalities: ['Ystad', 'Skurup'], supervisor: 'Karin Lind' },
      { name: 'Kluster Öst', municipalities: ['Simrishamn', 'Tomelilla'], supervisor: 'Per Holm' },
    ],
  });
  const karin = track(
    await connect(server.url, {
      token: tokenFromLink(meeting.supervisorLinks.find((l) => l.name === 'Kluster Syd')!.link),
    }),
  );
  await karin.ready;
  openConsole(server.url, meeting);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('tab', { name: /^(Kluster|Clusters)$/ }));
  return { user, karin };
}

describe("[T6] the console's fallback for a cluster's rounds", () => {
  it("[T6] the facilitator picks Kluster Syd, starts its rounds and moves on with the tablet's buttons; Karin's tablet follows", async () => {
    const { user, karin } = await consoleOnClusters();
    const fallback = screen.getByRole('region', { name: 'Kör ett klusters rundor' });
    // Nothing runs by accident: no cluster is chosen until the facilitator picks one.
    expect(within(fallback).queryByRole('button', { name: 'Starta rundorna' })).not.toBeInTheDocument();

    await user.click(within(fallback).getByRole('radio', { name: 'Kluster Syd' }));
    expect(within(fallback).getByText('Du kör rundorna i Kluster Syd')).toBeInTheDocument();
    await user.click(within(fallback).getByRole('button', { name: 'Starta rundorna' }));
    expect(await within(fallback).findByText('Ystad presenterar')).toBeInTheDocument();
    const syd = karin.state.clusters.find((c) => c.name === 'Kluster Syd')!.id;
    await waitFor(() => karin.state.feedbackRuns.some((r) => r.clusterId === syd), 3_000, "Karin's tablet");

    await user.click(within(fallback).getByRole('button', { name: 'Nästa fas' }));
    expect(await within(fallback).findByText('Handledaren ger Ystad återkoppling')).toBeInTheDocument();
    await waitFor(() => karin.state.feedbackRuns[0]?.phase === 'supervisor', 3_000, 'the phase on the tablet');

    // Only the chosen cluster: Kluster Öst has not started.
    await user.click(within(fallback).getByRole('radio', { name: 'Kluster Öst' }));
    expect(within(fallback).getByText('Rundorna har inte börjat.')).toBeInTheDocument();
  });

  it('[T6] [L1] in English the fallback says whose rounds the console runs', async () => {
    setLanguage('en');
    const { user } = await consoleOnClusters();
    const fallback = screen.getByRole('region', { name: "Run a cluster's rounds" });
    await user.click(within(fallback).getByRole('radio', { name: 'Kluster Öst' }));
    expect(within(fallback).getByText('You are running the rounds in Kluster Öst')).toBeInTheDocument();
  });
});
