/**
 * The browser tab's title and where the focus goes on a new page. Every view
 * names itself and its state in the title (WCAG 2.4.2), most specific first:
 * "Incheckning – Lärträff 4 – projektor". After a route change the focus moves
 * to the new page's h1, so a screen reader starts reading the new page there
 * (the first load keeps the browser's own start).
 */
import { useEffect, useRef, type RefObject } from 'react';

const SEPARATOR = ' – ';

/** The parts that are there, joined most specific first; a part that says what the one before said is left out. Pure. */
export function pageTitle(parts: readonly (string | false | null | undefined)[]): string {
  return parts
    .map((p) => (typeof p === 'string' ? p.trim() : ''))
    .filter(Boolean)
    .filter((p, i, all) => p !== all[i - 1])
    .join(SEPARATOR);
}

/** Sets document.title while the calling view shows; an empty title leaves it as it is. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}

// Set when the location changed and no h1 was there yet to take the focus (a view whose chunk still loads).
let focusPending = false;

function focusHeading(heading: HTMLElement): void {
  // No scroll jump: the page starts at its top anyway, and the heading is at the top.
  heading.focus({ preventScroll: true });
}

/**
 * Called by the router on every location change after the first: the page's
 * h1 takes the focus, or the next one to mount when the view's chunk is still
 * loading (Suspense then keeps the old page in the DOM, hidden: its heading is
 * skipped).
 */
export function focusNewPage(): void {
  const heading = [...document.querySelectorAll<HTMLElement>('h1')].find((h) => h.getClientRects().length > 0);
  focusPending = !heading;
  if (heading) focusHeading(heading);
}

/** For a page's h1: takes the focus when it mounts after a route change its view was still loading for. */
export function useRouteFocus(): RefObject<HTMLHeadingElement | null> {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusPending && ref.current) {
      focusPending = false;
      focusHeading(ref.current);
    }
  }, []);
  return ref;
}
