/**
 * Mouse input sent to Chromium as a real mouse's arrives (CDP Input.dispatchMouseEvent), for the
 * benchmarks. Playwright's page.mouse, while the left button is held, also runs two scripts in the page
 * and switches drag interception on and off at every move (its support for HTML drag and drop); a
 * benchmark would count that work as the input's own.
 */
import type { Page } from '@playwright/test';

export interface RawMouse {
  move(x: number, y: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** A mouse for `page` (CSS px in the viewport); each call resolves once the page has received the event. */
export async function rawMouse(page: Page): Promise<RawMouse> {
  const cdp = await page.context().newCDPSession(page);
  let x = 0;
  let y = 0;
  let held = false;
  const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased') =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: held || type === 'mouseReleased' ? 'left' : 'none',
      buttons: held ? 1 : 0,
      ...(type === 'mouseMoved' ? {} : { clickCount: 1 }),
    });
  return {
    async move(toX, toY) {
      x = toX;
      y = toY;
      await send('mouseMoved');
    },
    async down() {
      held = true;
      await send('mousePressed');
    },
    async up() {
      held = false;
      await send('mouseReleased');
    },
  };
}

/** About one frame at 60 Hz, waited outside the page, so that the wait adds no work to it. */
const FRAME_MS = 17;
export const waitAFrame = () => new Promise((resolve) => setTimeout(resolve, FRAME_MS));
