/**
 * The app's views in jsdom for the client tests, wrapped as the app wraps
 * them: with the real server they talk to (the catalogues need no wrapper).
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ServerUrl } from '../../client/src/serverUrl';
import { saveMeetingLinks } from '../../client/src/storage';
import FacilitatorPage from '../../client/src/views/FacilitatorPage';
import type { CreatedMeeting } from './server';

/** Renders `view` against the server at `serverUrl`; at `link` (a path and its fragment) first, as opening it does. */
export function renderView(serverUrl: string, view: ReactNode, link?: string): RenderResult {
  if (link !== undefined) history.replaceState(null, '', link);
  return render(<ServerUrl.Provider value={serverUrl}>{view}</ServerUrl.Provider>);
}

/** The facilitator opens the console from their link, on the laptop that created the meeting (its links saved). */
export function openConsole(serverUrl: string, meeting: CreatedMeeting): RenderResult {
  saveMeetingLinks(meeting.meetingId, meeting);
  return renderView(serverUrl, <FacilitatorPage meetingId={meeting.meetingId} />, meeting.facilitatorLink);
}
