// The kiosk as a resident uses it: verbs for what they do, found by role and
// accessible name only. If something cannot be found that way, the UI is not
// accessible yet: fix the UI, not this file.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export type Language = 'Tiếng Việt' | 'English';

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

  /** Types an answer into the text box with this label. */
  async answer(label: string, value: string): Promise<void> {
    await this.page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }

  async choose(option: string): Promise<void> {
    await this.page.getByRole('radio', { name: option, exact: true }).check();
  }

  async answerDate(
    labels: { day: string; month: string; year: string },
    date: { day: string; month: string; year: string },
  ) {
    await this.page.getByRole('textbox', { name: labels.day, exact: true }).fill(date.day);
    await this.page.getByRole('textbox', { name: labels.month, exact: true }).fill(date.month);
    await this.page.getByRole('textbox', { name: labels.year, exact: true }).fill(date.year);
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

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `tests/e2e/artifacts/${name}.png`, fullPage: true });
  }
}
