// Small steps shared by the procedure journeys (journey-*.test.ts) that KioskPage has no verb for
// yet: the way in (attract, language, search), the integer stepper, the document-photo step's
// no-camera way out, and a screen-by-screen audit. They use KioskPage's `page` and find everything
// by role and accessible name.
import { expect } from 'vitest';
import type { KioskPage, Language } from '../pages/KioskPage';

export type Lang = 'vi' | 'en';

export const TEXT = {
  vi: {
    start: 'Bắt đầu kê khai',
    next: 'Tiếp tục',
    back: 'Quay lại',
    check: 'Kiểm tra lại thông tin',
    save: 'Lưu và xem lại',
    submit: 'Gửi hồ sơ',
    receipt: 'Đã nhận hồ sơ',
    done: 'Xong',
    home: 'Ông/bà cần làm thủ tục gì?',
    photos: 'Chụp ảnh giấy tờ',
    noCamera: 'Máy này chưa chụp ảnh được',
    noCameraLead: /Máy này hiện không chụp ảnh giấy tờ được/,
    date: { day: 'Ngày', month: 'Tháng', year: 'Năm' },
    more: 'Thêm 1',
    less: 'Bớt 1',
    moreTen: 'Thêm 10',
    lessTen: 'Bớt 10',
    change: (question: string) => `Sửa: ${question}`,
    status: 'Trạng thái: Mới đăng ký',
  },
  en: {
    start: 'Start the form',
    next: 'Continue',
    back: 'Back',
    check: 'Check your answers',
    save: 'Save and go back to the summary',
    submit: 'Submit application',
    receipt: 'Application received',
    done: 'Done',
    home: 'What do you need to do?',
    photos: 'Photograph your documents',
    noCamera: 'No camera here',
    noCameraLead: /This kiosk cannot photograph documents right now/,
    date: { day: 'Day', month: 'Month', year: 'Year' },
    more: 'One more',
    less: 'One less',
    moreTen: '10 more',
    lessTen: '10 less',
    change: (question: string) => `Change: ${question}`,
    status: 'Status: Newly submitted',
  },
} as const;

/** The receipt code format (receipt-code alphabet, 4-4-1). */
export const RECEIPT =
  /^[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]$/;

/** Collects audit findings per screen, so a failing test says which screen was at fault. */
export class ScreenAudit {
  readonly findings: string[] = [];
  constructor(
    private readonly kiosk: KioskPage,
    private readonly prefix: string,
  ) {}

  /** Audits the current screen and, when `name` is given, takes its screenshot. */
  async screen(label: string, name?: string): Promise<void> {
    if (name) await this.kiosk.screenshot(`${this.prefix}-${name}`);
    for (const finding of await this.kiosk.audit()) this.findings.push(`${label}: ${finding}`);
  }
}

/** Each language as the language screen offers it, in its own words. */
const LANGUAGE_NAME: Record<Lang, Language> = { vi: 'Tiếng Việt', en: 'English' };

/** Attract screen → language → home screen, auditing each screen on the way: how every journey begins. */
export async function beginInLanguage(kiosk: KioskPage, audit: ScreenAudit, lang: Lang): Promise<void> {
  await kiosk.expectAttractScreen();
  await audit.screen('attract');
  await kiosk.touchToBegin();
  await audit.screen('language');
  await kiosk.chooseLanguage(LANGUAGE_NAME[lang]);
  await kiosk.expectHeading(TEXT[lang].home);
}

/** Searches the home screen, audits and photographs the results (`01-search`), opens the procedure. */
export async function searchAndOpen(
  kiosk: KioskPage,
  audit: ScreenAudit,
  query: string,
  procedure: string,
): Promise<void> {
  await kiosk.searchFor(query);
  await audit.screen('home with results', '01-search');
  await kiosk.chooseProcedure(procedure);
}

/** Sets the − / + stepper on screen to `target` by tapping its buttons (±10 where offered). */
export async function setStepper(kiosk: KioskPage, lang: Lang, target: number): Promise<void> {
  const t = TEXT[lang];
  const spin = kiosk.page.getByRole('spinbutton');
  const current = async () => {
    const now = await spin.getAttribute('aria-valuenow');
    return now === null ? null : Number(now);
  };
  for (let taps = 0; taps < 200; taps++) {
    const value = await current();
    if (value === target) return;
    const up = value === null || value < target;
    const gap = value === null ? target : Math.abs(target - value);
    const ten = kiosk.page.getByRole('button', { name: up ? t.moreTen : t.lessTen, exact: true });
    if (gap >= 10 && (await ten.count()) > 0) await ten.click();
    else await kiosk.tap(up ? t.more : t.less);
  }
  throw new Error(`the stepper did not reach ${target} (it shows ${await current()})`);
}

/**
 * After the last question: the document-photo step, when this build has it, then the check-answers
 * screen. The test browser has no camera, so the step offers its no-camera way out ("bring the
 * papers to the office") and the journey goes on through it. With a camera, every photo these
 * journeys meet is optional, so "Continue" goes on without one.
 */
export async function passDocumentPhotos(
  kiosk: KioskPage,
  lang: Lang,
  audit?: ScreenAudit,
): Promise<'none' | 'noCamera' | 'camera'> {
  const t = TEXT[lang];
  const screens = [t.check, t.noCamera, t.photos];
  await expect
    .poll(() => kiosk.heading(), { timeout: 10_000 })
    .toMatch(new RegExp(`^(${screens.join('|')})$`));
  const heading = await kiosk.heading();
  if (heading === t.check) return 'none';
  await audit?.screen(heading === t.noCamera ? 'no camera' : 'document photos', 'photos');
  if (heading === t.noCamera) await kiosk.page.getByText(t.noCameraLead).waitFor();
  await kiosk.tap(t.next);
  await kiosk.expectHeading(t.check);
  return heading === t.noCamera ? 'noCamera' : 'camera';
}
