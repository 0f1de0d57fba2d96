// Start-up: index.html alone paints the attract screen. The build prerenders it and inlines the
// entry stylesheet (tools/prerender, tools/inline-css), and the CSP allows that one <style> by its
// hash. Checked at DOMContentLoaded, before any of the app's JavaScript has loaded React.
import { describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { useKioskStack } from './harness/kiosk-suite';

interface FirstFrame {
  text: string;
  background: string;
  fontWeight: string;
  linkedStylesheets: number;
  inlineStyles: number;
  reactLoaded: boolean;
}

const RECORD_FIRST_FRAME = `document.addEventListener('DOMContentLoaded', () => {
  const touch = document.querySelector('.attract-touch');
  const title = document.querySelector('.attract-title');
  window.__firstFrame = {
    text: touch ? touch.textContent : '',
    background: touch ? getComputedStyle(touch).backgroundImage : '',
    fontWeight: title ? getComputedStyle(title).fontWeight : '',
    linkedStylesheets: document.querySelectorAll('link[rel="stylesheet"]').length,
    inlineStyles: document.querySelectorAll('style').length,
    reactLoaded: performance.getEntriesByType('resource').some((e) => /\\/boot-/.test(e.name)),
  };
});`;

describe('start-up', () => {
  const getStack = useKioskStack();

  it('paints the styled attract screen from index.html alone, with no CSP refusal', async () => {
    const stack = getStack();
    const open = await openKiosk(stack, stack.newProfileDir(), {
      beforeNavigate: async (context) => {
        await context.addInitScript({ content: RECORD_FIRST_FRAME });
      },
    });
    try {
      const first = await open.page.evaluate(
        () => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame,
      );
      expect(first.text).toContain('Chạm vào màn hình để bắt đầu');
      expect(first.background).toContain('linear-gradient');
      expect(first.fontWeight).toBe('700');
      expect(first.linkedStylesheets).toBe(0);
      expect(first.inlineStyles).toBe(1);
      expect(first.reactLoaded).toBe(false);
      // Then the app takes the screen over as usual; the inline stylesheet still styles it.
      await open.kiosk.touchToBegin();
      await open.kiosk.chooseLanguage('Tiếng Việt');
      await open.kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      expect(await open.kiosk.audit()).toEqual([]);
      expect(open.pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
