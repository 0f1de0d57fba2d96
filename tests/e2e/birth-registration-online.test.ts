// Journey 1: a resident registers a birth with the network up; it reaches the city once.
import { describe, expect, it } from 'vitest';
import { useKioskStack, withKiosk } from './harness/kiosk-suite';
import {
  FAMILY,
  answerBirthRegistration,
  expectedAnswers,
  openBirthRegistration,
} from './journeys/birth-registration';

const RECEIPT = /^[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]$/;

describe('birth registration, online', () => {
  const getStack = useKioskStack();

  it('finds the procedure, answers, changes an answer, submits, and the city gets it exactly once', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk, page, pageProblems }) => {
      await kiosk.expectAttractScreen();
      await kiosk.screenshot('online-01-attract');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.touchToBegin();
      await kiosk.screenshot('online-02-language');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      await kiosk.screenshot('online-03-home');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.searchFor('dang ky khai sinh');
      await kiosk.chooseProcedure('Đăng ký khai sinh');
      await kiosk.expectHeading('Đăng ký khai sinh');
      await kiosk.screenshot('online-04-procedure');
      expect(await kiosk.audit()).toEqual([]);
      const findings: string[] = [];
      const { born } = await answerBirthRegistration(kiosk, { screenshots: 'online-05', findings });
      expect(findings).toEqual([]);

      await kiosk.screenshot('online-06-check');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.tap('Sửa: Họ, chữ đệm và tên của trẻ');
      await kiosk.answer('Họ, chữ đệm và tên của trẻ', 'Nguyễn Minh Khang');
      await kiosk.tap('Lưu và xem lại');
      await kiosk.expectHeading('Kiểm tra lại thông tin');
      expect(await page.getByText('Nguyễn Minh Khang').count()).toBe(1);

      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      expect(await page.getByRole('img', { name: 'Mã QR của mã biên nhận' }).count()).toBe(1);
      await kiosk.expectStatus('Trạng thái: Mới đăng ký');
      await kiosk.screenshot('online-07-receipt');
      expect(await kiosk.audit()).toEqual([]);

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('HT-KS');
      expect(stored[0]?.answers).toEqual({ ...expectedAnswers(born.iso), 'tre.ho_ten': 'Nguyễn Minh Khang' });

      await kiosk.tap('Xong');
      await kiosk.expectAttractScreen();
      expect(await page.getByText(FAMILY.requesterName).count()).toBe(0);
      expect(pageProblems).toEqual([]);
    });
  });

  it('explains wrong answers in plain language and keeps answers when going back', async () => {
    await withKiosk(getStack(), async ({ kiosk, page, pageProblems }) => {
      await openBirthRegistration(kiosk);
      await kiosk.tap('Bắt đầu kê khai');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('Vui lòng trả lời câu này.');
      // The on-screen name keyboard has no digits: only a physical keyboard (staff) can type one.
      await page
        .getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà', exact: true })
        .fill('Nguyen 2');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('Họ tên không được có chữ số.');
      await kiosk.answer('Họ, chữ đệm và tên của ông/bà', FAMILY.requesterName);
      await kiosk.tap('Tiếp tục');
      await kiosk.answer('Số định danh cá nhân (số CCCD) của ông/bà', '0010850123');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('đúng 12 chữ số');
      await kiosk.screenshot('validation-01-id-length');
      expect(await kiosk.audit()).toEqual([]);
      await kiosk.tap('Quay lại');
      expect(await kiosk.answerIn('Họ, chữ đệm và tên của ông/bà')).toBe(FAMILY.requesterName);

      await kiosk.tap('English');
      await kiosk.expectHeading('Person registering');
      expect(await kiosk.answerIn('Your full name')).toBe(FAMILY.requesterName);
      await kiosk.screenshot('validation-02-english');
      expect(pageProblems).toEqual([]);
    });
  });

  it('cross-checks the mother ID number against her year of birth', async () => {
    const stack = getStack();
    await withKiosk(stack, async ({ kiosk }) => {
      const before = (await stack.citySubmissions()).length;
      await openBirthRegistration(kiosk);
      await answerBirthRegistration(kiosk);
      await kiosk.tap('Sửa: Năm sinh của mẹ');
      await kiosk.answer('Năm sinh của mẹ', '1991');
      await kiosk.tap('Lưu và xem lại');
      await kiosk.tap('Gửi hồ sơ');
      // The submit check sends the resident to the first answer that needs fixing.
      await kiosk.expectHeading('Thông tin của mẹ');
      await kiosk.tap('Lưu và xem lại');
      await kiosk.expectAlert('ứng với năm sinh 1990');
      await kiosk.screenshot('validation-03-cross-check');
      expect(await stack.citySubmissions()).toHaveLength(before);
    });
  });
});
