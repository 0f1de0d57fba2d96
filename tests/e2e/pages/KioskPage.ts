// The kiosk as a resident uses it: verbs for what they do, found by role and
// accessible name only. If something cannot be found that way, the UI is not
// accessible yet: fix the UI, not this file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { onScreenKeyboard, tapBackspaceOnKeyboard, toTelexKeys, typeOnKeyboard } from './keyboard';

// Evaluated through the debugger protocol, so the page's strict CSP does not block it.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Language = 'Tiếng Việt' | 'English';

function telexCanType(text: string): boolean {
  try {
    toTelexKeys(text);
    return true;
  } catch {
    return false;
  }
}

export class KioskPage {
  constructor(readonly page: Page) {}

  async touchToBegin(): Promise<void> {
    await this.page.getByRole('button', { name: /Chạm vào màn hình để bắt đầu/ }).click();
  }

  async chooseLanguage(language: Language): Promise<void> {
    await this.page.getByRole('button', { name: language, exact: true }).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  async chooseLifeEvent(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  async chooseProcedure(name: string): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async tap(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  /**
   * Types an answer into the text box with this label the way a resident does: taps the box, which
   * opens the on-screen keyboard, clears what is there with backspace, then taps the keys (Telex
   * where Telex can type the text, raw otherwise; digits only on the number pad).
   */
  async answer(label: string, value: string): Promise<void> {
    await this.typeInto(this.page.getByRole('textbox', { name: label, exact: true }), value);
  }

  private async typeInto(box: ReturnType<Page['getByRole']>, value: string): Promise<void> {
    await box.click();
    const keyboard = onScreenKeyboard(this.page);
    await keyboard.waitFor();
    const before = await box.inputValue();
    if (before.length > 0) await tapBackspaceOnKeyboard(this.page, [...before].length);
    await expect.poll(() => box.inputValue()).toBe('');
    const numberPad = (await keyboard.getAttribute('data-layout'))?.match(/^(numeric|phone)$/);
    if (numberPad) await typeOnKeyboard(this.page, value.replace(/[^0-9]/g, ''));
    else await typeOnKeyboard(this.page, value, telexCanType(value) ? 'telex' : 'raw');
  }

  /** What the text box with this label currently holds. */
  async answerIn(label: string): Promise<string> {
    return this.page.getByRole('textbox', { name: label, exact: true }).inputValue();
  }

  async expectAttractScreen(): Promise<void> {
    await this.page.getByRole('button', { name: /Chạm vào màn hình để bắt đầu/ }).waitFor();
    // The attract screen is prerendered: on screen before the app behind it has loaded.
    await this.page.locator('html[data-kiosk="loaded"]').waitFor({ state: 'attached', timeout: 60_000 });
  }

  async choose(option: string): Promise<void> {
    await this.page.getByRole('radio', { name: option, exact: true }).check();
  }

  async answerDate(
    labels: { day: string; month: string; year: string },
    date: { day: string; month: string; year: string },
  ) {
    await this.typeInto(this.page.getByRole('textbox', { name: labels.day, exact: true }), date.day);
    await this.typeInto(this.page.getByRole('textbox', { name: labels.month, exact: true }), date.month);
    await this.typeInto(this.page.getByRole('textbox', { name: labels.year, exact: true }), date.year);
  }

  async heading(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  }

  async expectHeading(text: string | RegExp): Promise<void> {
    await expect.poll(() => this.heading(), { timeout: 10_000 }).toMatch(text);
  }

  async expectAlert(text: string | RegExp): Promise<void> {
    const alert = this.page.getByRole('alert');
    await alert.waitFor();
    await expect.poll(async () => (await alert.textContent()) ?? '', { timeout: 10_000 }).toMatch(text);
  }

  async receiptCode(): Promise<string> {
    const code = await this.page.getByLabel(/^(Mã biên nhận|Receipt code):/).textContent();
    return (code ?? '').trim();
  }

  async expectStatus(text: string | RegExp, timeout = 30_000): Promise<void> {
    await expect
      .poll(async () => (await this.page.getByRole('status').textContent()) ?? '', { timeout, interval: 200 })
      .toMatch(text);
  }

  /** Every control on the screen is at least 64 × 64 CSS px (our touch-target rule); returns the offenders. */
  async smallTouchTargets(): Promise<string[]> {
    const { measured, small } = await this.page.evaluate(() => {
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          'button, input:not([type=radio]), label:has(> input[type=radio])',
        ),
      ].filter((el) => el.offsetParent !== null);
      return {
        measured: controls.length,
        small: controls
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 64 || box.width < 64)
          .map(
            ({ el, box }) =>
              `${el.tagName.toLowerCase()} "${el.textContent?.trim() ?? ''}" ${box.width}×${box.height}`,
          ),
      };
    });
    if (measured === 0) throw new Error('no controls found to measure on this screen');
    return small;
  }

  /** axe-core's WCAG 2.x A/AA findings on the current screen, as "rule: target" lines. */
  async accessibilityViolations(): Promise<string[]> {
    return this.axeFindings();
  }

  private async axeFindings(): Promise<string[]> {
    return this.page.evaluate(async (source) => {
      if (!('axe' in window)) (0, eval)(source);
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } })
        .axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        // Pinch zoom is off by product decision: on a shared public screen a zoomed page strands the
        // next resident. Text enlargement comes from the kiosk's own larger-text mode instead.
        rules: { 'meta-viewport': { enabled: false } },
      });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
      interface AxeResult {
        violations: { id: string; nodes: { target: string[] }[] }[];
      }
    }, AXE_SOURCE);
  }

  /** Touch-target and accessibility findings on the current screen; a good screen has none. */
  async audit(): Promise<string[]> {
    return [...(await this.smallTouchTargets()), ...(await this.accessibilityViolations())];
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png`, fullPage: true });
  }
}
