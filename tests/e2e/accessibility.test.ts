// Larger text, high contrast and read-aloud in real Chromium: every screen of the way into a form
// passes the audit (axe + 64 px targets) and keeps its layout at the largest text on a 1280 × 1024
// and a 1080 × 1920 screen, in normal and high contrast; the settings end with the session; "Đọc to"
// reads the screen's words, never the answer typed into it, and says so when there is no voice.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import { FAMILY } from './journeys/birth-registration';
import type { KioskPage } from './pages/KioskPage';

const LANDSCAPE = { width: 1280, height: 1024 };
const PORTRAIT = { width: 1080, height: 1920 };

const MODES: { name: string; highContrast: boolean }[] = [
  { name: 'xl', highContrast: false },
  { name: 'xl-hc', highContrast: true },
];

async function rootSettings(page: Page) {
  return page.evaluate(() => ({
    textSize: document.documentElement.getAttribute('data-text-size'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));
}

/** Content wider than the screen, or words spilling out of their box: the layout broke. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('svg') || !el.checkVisibility()) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > width + 1 || box.left < -1)
        problems.push(`off screen: ${describe(el)} ${box.left}–${box.right}`);
      if (el.matches('button, label, h1, h2, legend, p, .btn') && el.scrollWidth > el.clientWidth + 1)
        problems.push(`text spills out: ${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return problems;
  });
}

/**
 * The checks on one screen in the current mode: the audit and the layout on both screen shapes,
 * with a screenshot of each to look at.
 */

async function checkScreen(kiosk: KioskPage, shot: string, findings: string[]): Promise<void> {
  for (const [shape, size] of [
    ['landscape', LANDSCAPE],
    ['portrait', PORTRAIT],
  ] as const) {
    await kiosk.page.setViewportSize(size);
    await kiosk.screenshot(`a11y-${shot}-${shape}`);
    findings.push(...(await kiosk.audit()).map((f) => `${shot} ${shape}: ${f}`));
    findings.push(...(await layoutProblems(kiosk.page)).map((f) => `${shot} ${shape}: ${f}`));
  }
  await kiosk.page.setViewportSize(LANDSCAPE);
}

/** From any screen with the top bar back to the attract screen: Trang chủ, Quay lại, Quay lại. */
async function endSessionFromWizard(kiosk: KioskPage): Promise<void> {
  await kiosk.tap('Trang chủ');
  await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
  await kiosk.tap('Quay lại');
  await kiosk.tap('Quay lại');
  await kiosk.expectAttractScreen();
}

/** A stand-in for the platform's speech: Vietnamese and English voices that record what they say. */
function installFakeSpeech(): void {
  interface Utterance {
    text: string;
    lang: string;
    voice: { name: string } | null;
    onend: (() => void) | null;
    onerror: ((event: { error: string }) => void) | null;
  }
  const queue: Utterance[] = [];
  const record = { said: [] as { text: string; lang: string; voice: string | null }[], cancels: 0 };
  const voices = [
    { name: 'Giọng Việt', lang: 'vi-VN', localService: true, default: true, voiceURI: 'vi' },
    { name: 'English', lang: 'en-US', localService: true, default: false, voiceURI: 'en' },
  ];
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => voices,
      speak(u: Utterance) {
        queue.push(u);
        record.said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
      },
      cancel() {
        record.cancels++;
        for (const u of queue.splice(0)) u.onerror?.({ error: 'interrupted' });
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: class {
      lang = '';
      voice = null;
      rate = 1;
      onend = null;
      onerror = null;
      constructor(readonly text: string) {}
    },
  });
  Object.assign(window, { __speech: { record, pending: () => queue.length } });
}

interface Said {
  text: string;
  lang: string;
  voice: string | null;
}

/** What the fake platform was asked to say, and how many pieces are still queued. */
async function speech(page: Page): Promise<{ said: string[]; full: Said[]; pending: number }> {
  return page.evaluate(() => {
    const fake = (window as unknown as { __speech: { record: { said: Said[] }; pending(): number } })
      .__speech;
    return { said: fake.record.said.map((u) => u.text), full: fake.record.said, pending: fake.pending() };
    interface Said {
      text: string;
      lang: string;
      voice: string | null;
    }
  });
}

describe('accessibility: larger text, high contrast, read aloud', () => {
  const getStack = useKioskStack();

  it('passes the audit and keeps its layout at the largest text, in normal and high contrast', async () => {
    await withKiosk(getStack(), async ({ kiosk, page, pageProblems }) => {
      const findings: string[] = [];
      await kiosk.expectAttractScreen();
      findings.push(...(await kiosk.audit()));
      await kiosk.touchToBegin();
      findings.push(...(await kiosk.audit()));
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      expect(await rootSettings(page)).toEqual({ textSize: null, contrast: null, fontSize: '22px' });
      await checkScreen(kiosk, 'normal-02-home', findings);
      // The layout check does catch a screen that scrolls sideways.
      await page.evaluate(() => {
        const wide = Object.assign(document.createElement('div'), { id: 'too-wide' });
        wide.style.cssText = 'width: 3000px; height: 1px';
        document.body.append(wide);
      });
      expect((await layoutProblems(page)).join('\n')).toMatch(/page scrolls sideways: 3000 > 12\d\d/);
      await page.evaluate(() => document.getElementById('too-wide')?.remove());

      for (const mode of MODES) {
        // The panel itself, open, with the choices made.
        await kiosk.tap('Cỡ chữ, màu');
        await kiosk.tap('Rất lớn');
        const contrast = page.getByRole('button', { name: 'Tương phản cao' });
        if ((await contrast.getAttribute('aria-pressed')) !== String(mode.highContrast))
          await contrast.click();
        expect(await page.getByRole('button', { name: 'Rất lớn' }).getAttribute('aria-pressed')).toBe('true');
        await checkScreen(kiosk, `${mode.name}-01-home-panel`, findings);
        await kiosk.tap('Đóng');
        expect(await rootSettings(page)).toEqual({
          textSize: 'extra-large',
          contrast: mode.highContrast ? 'high' : null,
          fontSize: '33px',
        });
        await kiosk.searchFor('');
        await checkScreen(kiosk, `${mode.name}-02-home`, findings);

        await kiosk.searchFor('dang ky khai sinh');
        await kiosk.chooseProcedure('Đăng ký khai sinh');
        await kiosk.expectHeading('Đăng ký khai sinh');
        await checkScreen(kiosk, `${mode.name}-03-procedure`, findings);

        await kiosk.tap('Bắt đầu kê khai');
        await kiosk.answer('Họ, chữ đệm và tên của ông/bà', FAMILY.requesterName);
        await checkScreen(kiosk, `${mode.name}-04-question-name`, findings);
        await kiosk.tap('Tiếp tục');
        await kiosk.answer('Số định danh cá nhân (số CCCD) của ông/bà', '0010850123');
        await kiosk.tap('Tiếp tục');
        await kiosk.expectAlert('đúng 12 chữ số');
        await checkScreen(kiosk, `${mode.name}-05-question-id-error`, findings);
        await kiosk.answer('Số định danh cá nhân (số CCCD) của ông/bà', FAMILY.requesterId);
        await kiosk.tap('Tiếp tục');
        // The third question is whatever the form asks next (its order is the form's business).
        await page.getByText(/^Câu 3 trên \d+$/).waitFor();
        await checkScreen(kiosk, `${mode.name}-06-question-3`, findings);

        // The settings hold for the whole session.
        expect((await rootSettings(page)).textSize).toBe('extra-large');
        await kiosk.tap('Trang chủ');
        await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      }
      expect(findings).toEqual([]);
      expect(pageProblems).toEqual([]);
    });
  });

  // Needs the composition root to call useAccessibilitySession (see features/accessibility).
  it('resets text size and contrast when the session ends, for the next resident', async () => {
    await withKiosk(getStack(), async ({ kiosk, page }) => {
      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.tap('Cỡ chữ, màu');
      await kiosk.tap('Lớn');
      await kiosk.tap('Tương phản cao');
      await kiosk.tap('Đóng');
      await kiosk.searchFor('dang ky khai sinh');
      await kiosk.chooseProcedure('Đăng ký khai sinh');
      await kiosk.tap('Bắt đầu kê khai');
      expect(await rootSettings(page)).toEqual({ textSize: 'large', contrast: 'high', fontSize: '27.5px' });

      await endSessionFromWizard(kiosk);
      expect(await rootSettings(page)).toEqual({ textSize: null, contrast: null, fontSize: '22px' });
      await kiosk.screenshot('a11y-reset-attract');

      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.tap('Cỡ chữ, màu');
      expect(await page.getByRole('button', { name: 'Vừa' }).getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByRole('button', { name: 'Tương phản cao' }).getAttribute('aria-pressed')).toBe(
        'false',
      );
    });
  });

  it('explains that it cannot read aloud when the platform has no voice for the language', async () => {
    await withKiosk(getStack(), async ({ kiosk, page, pageProblems }) => {
      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      const voices = await page.evaluate(() =>
        speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('vi')),
      );
      // This CI's Chromium has no speech voices; a kiosk with a Vietnamese voice is the next test.
      expect(voices).toEqual([]);
      await kiosk.tap('Đọc to');
      expect(await page.getByRole('status').filter({ hasText: 'giọng đọc' }).textContent()).toContain(
        'Máy này chưa có giọng đọc tiếng Việt',
      );
      await kiosk.screenshot('a11y-read-aloud-unavailable');
      expect(await kiosk.audit()).toEqual([]);
      expect(pageProblems).toEqual([]);
    });
  });

  it('reads the question aloud in Vietnamese, never the typed answer, and stops on navigation and at session end', async () => {
    const stack = getStack();
    const open = await openKiosk(stack, stack.newProfileDir(), {
      beforeNavigate: async (context) => {
        await context.addInitScript(installFakeSpeech);
      },
    });
    try {
      const { kiosk, page, pageProblems } = open;
      await kiosk.touchToBegin();
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.searchFor('dang ky khai sinh');
      await kiosk.chooseProcedure('Đăng ký khai sinh');
      await kiosk.tap('Bắt đầu kê khai');
      await kiosk.answer('Họ, chữ đệm và tên của ông/bà', FAMILY.requesterName);

      await kiosk.tap('Đọc to');
      const first = await speech(page);
      expect(first.said[0]).toBe('Người đi đăng ký.');
      expect(first.said).toContain('Họ, chữ đệm và tên của ông/bà.');
      expect(first.full.every((u) => u.lang === 'vi-VN' && u.voice === 'Giọng Việt')).toBe(true);
      expect(first.said.join(' ')).not.toContain(FAMILY.requesterName);
      expect(first.said.join(' ')).not.toContain('Bình');
      await page.getByRole('button', { name: 'Dừng đọc' }).waitFor();
      await kiosk.screenshot('a11y-read-aloud-speaking');

      // Navigation (a touch on Tiếp tục) stops it.
      await kiosk.tap('Tiếp tục');
      await page.getByRole('button', { name: 'Đọc to' }).waitFor();
      expect((await speech(page)).pending).toBe(0);

      // English reads with the English voice.
      await kiosk.tap('English');
      await kiosk.tap('Read aloud');
      const english = (await speech(page)).full.slice(first.full.length);
      expect(english.length).toBeGreaterThan(0);
      expect(english.every((u) => u.voice === 'English')).toBe(true);

      // Leaving for the attract screen while it reads (Home, Back, Back): silence there.
      await kiosk.tap('Home');
      await kiosk.tap('Read aloud');
      await page.getByRole('button', { name: 'Stop reading' }).waitFor();
      expect((await speech(page)).pending).toBeGreaterThan(0);
      await kiosk.tap('Back');
      await kiosk.tap(/^(Quay lại|Back)$/);
      await kiosk.expectAttractScreen();
      expect((await speech(page)).pending).toBe(0);
      expect(pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
