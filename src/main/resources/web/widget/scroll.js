// @ts-check
/**
 * Keeps the end of the transcript, where the newest message and its quick replies are, in sight. A scroll
 * made when a message arrives falls short as soon as anything after it changes the layout: the quick replies
 * come once the send has settled, the status bar or a notice takes height from the transcript, the message box
 * grows. So the transcript stays pinned to its end until the user scrolls away, and every change of size
 * re-applies the pin.
 */

/** How far from the end a scroll may land and still count as pinned (rounding, smooth scrolling). */
export const PIN_SLACK_PX = 4;

/**
 * Whether a transcript scrolled to `scrollTop` shows its end.
 *
 * @param {number} scrollTop
 * @param {number} scrollHeight the content's height
 * @param {number} clientHeight the visible height
 */
export function atEnd(scrollTop, scrollHeight, clientHeight) {
  return scrollHeight - clientHeight - scrollTop <= PIN_SLACK_PX;
}

export class ScrollKeeper {
  /**
   * @param {HTMLElement} scroll the scrolling area
   * @param {HTMLElement[]} watched every element whose size changes what the end of the transcript is
   */
  constructor(scroll, watched) {
    this.scroll = scroll;
    this.pinned = true;
    scroll.addEventListener('scroll', () => {
      this.pinned = atEnd(scroll.scrollTop, scroll.scrollHeight, scroll.clientHeight);
    }, { passive: true });
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(() => {
        if (this.pinned) {
          this.apply();
        }
      });
      watched.forEach((element) => observer.observe(element));
    }
  }

  /** Scrolls to the end and keeps it there through the layout changes that follow. */
  follow() {
    this.pinned = true;
    this.apply();
  }

  apply() {
    this.scroll.scrollTop = this.scroll.scrollHeight;
  }
}
