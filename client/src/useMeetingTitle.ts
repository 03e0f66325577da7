import { useTranslation } from './i18n/useTranslation';
import { splitMeetingName } from '../../shared/day/meetingName';
import type { FeedbackRun } from '../../shared/protocol';
import { useMeetingStore } from './meetingStore';
import { titleNow } from './model/pageTitle';
import { pageTitle } from './pageTitle';

export type MeetingView = 'participant' | 'screen' | 'facilitator' | 'supervisor' | 'team';

/**
 * The browser tab's title of a meeting view: what is happening now, the
 * meeting's short name, the view ("Incheckning – Lärträff 4 – projektor").
 * `place` is the cluster on a supervisor's tablet.
 */
export function useMeetingTitle(view: MeetingView, { run, place }: { run?: FeedbackRun; place?: string } = {}): string {
  const { t } = useTranslation();
  const viewName = view === 'participant' ? undefined : t(`pageTitle.${view}`);
  // The title itself is selected: the page that calls this redraws when the tab's text changes, not on every event.
  return useMeetingStore(({ loaded, state }) => {
    if (!loaded) return pageTitle([t('join.loading'), viewName]);
    const now = titleNow(state, { forRoom: view === 'participant' || view === 'screen', run });
    const nowText = !now
      ? undefined
      : now.kind === 'segment'
        ? now.title
        : now.kind === 'floor'
          ? t(`feedback.floor.${now.floor.kind}`, { municipality: now.floor.municipality.name })
          : t(`pageTitle.${now.kind}`);
    return pageTitle([nowText, place, splitMeetingName(state.name).short, viewName]);
  });
}
