/**
 * A live board on the first screen, as large as the window lets it be: the
 * console's band above it grows and shrinks (a second day, a note that the
 * meeting is dated another day, a long segment name), so no fixed allowance
 * in CSS fits every day. This ref callback sets the section's `--board-room`
 * to the height between the board's top and the window's bottom, less what
 * the section shows under the board (its count, its colour key), and keeps
 * it right as the page and the window change size.
 */
const MARGIN_PX = 8;

export function keepBoardOnScreen(section: HTMLElement | null): (() => void) | undefined {
  if (!section || typeof ResizeObserver === 'undefined') return undefined;
  const measure = () => {
    const board = section.querySelector<HTMLElement>('.board');
    if (!board) return;
    const boardBox = board.getBoundingClientRect();
    const below = section.getBoundingClientRect().bottom - boardBox.bottom;
    const room = window.innerHeight - (boardBox.top + window.scrollY) - below - MARGIN_PX;
    section.style.setProperty('--board-room', `${Math.floor(room)}px`);
  };
  measure();
  // Measured in the next frame: a board resized inside the observer's callback would resize the page it observes.
  let frame = 0;
  const later = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(measure);
  };
  // The page's height changes with the band, the lists beside the board and the board itself.
  const observer = new ResizeObserver(later);
  observer.observe(document.body);
  window.addEventListener('resize', later);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('resize', later);
  };
}
