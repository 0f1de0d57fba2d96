// Journey 1: a resident registers a birth with the network up; it reaches the city once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKiosk } from './harness/open-kiosk';
import { startKioskStack, type KioskStack } from './harness/kiosk-stack';
import {
  FAMILY,
  answerBirthRegistration,
  expectedAnswers,
  openBirthRegistration,
} from './journeys/birth-registration';

const RECEIPT = /^[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]$/;

describe('birth registration, online', () => {
  let stack: KioskStack;
  beforeAll(async () => {
    stack = await startKioskStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('finds the procedure, answers, changes an answer, submits, and the city gets it exactly once', async () => {
    const open = await openKiosk(stack, stack.newProfileDir());
    const { kiosk } = open;
    try {
      await kiosk.screenshot('online-01-attract');
      await kiosk.touchToBegin();
      await kiosk.screenshot('online-02-language');
      await kiosk.chooseLanguage('Tiếng Việt');
      await kiosk.expectHeading('Ông/bà cần làm thủ tục gì?');
      await kiosk.screenshot('online-03-home');
      await kiosk.searchFor('dang ky khai sinh');
      await kiosk.chooseProcedure('Đăng ký khai sinh');
      await kiosk.expectHeading('Đăng ký khai sinh');
      await kiosk.screenshot('online-04-procedure');
      const { born } = await answerBirthRegistration(kiosk, { screenshots: 'online-05' });

      await kiosk.screenshot('online-06-check');
      await kiosk.tap('Sửa: Họ, chữ đệm và tên của trẻ');
      await kiosk.answer('Họ, chữ đệm và tên của trẻ', 'Nguyễn Minh Khang');
      await kiosk.tap('Lưu và xem lại');
      await kiosk.expectHeading('Kiểm tra lại thông tin');
      expect(await open.page.getByText('Nguyễn Minh Khang').count()).toBe(1);

      await kiosk.tap('Gửi hồ sơ');
      await kiosk.expectHeading('Đã nhận hồ sơ');
      const code = await kiosk.receiptCode();
      expect(code).toMatch(RECEIPT);
      expect(await open.page.getByRole('img', { name: 'Mã QR của mã biên nhận' }).count()).toBe(1);
      await kiosk.expectStatus('Trạng thái: Mới đăng ký');
      await kiosk.screenshot('online-07-receipt');

      const stored = await stack.citySubmissions();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.receiptCode).toBe(code);
      expect(stored[0]?.procedureId).toBe('HT-KS');
      expect(stored[0]?.answers).toEqual({ ...expectedAnswers(born.iso), 'tre.ho_ten': 'Nguyễn Minh Khang' });

      await kiosk.tap('Xong');
      expect(await open.page.getByText(FAMILY.requesterName).count()).toBe(0);
      await kiosk.page.getByRole('button', { name: /Chạm vào màn hình để bắt đầu/ }).waitFor();
      expect(open.pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('explains wrong answers in plain language and keeps answers when going back', async () => {
    const open = await openKiosk(stack, stack.newProfileDir());
    const { kiosk } = open;
    try {
      await openBirthRegistration(kiosk);
      await kiosk.tap('Bắt đầu kê khai');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('Vui lòng trả lời câu này.');
      await kiosk.answer('Họ, chữ đệm và tên của ông/bà', 'Nguyen 2');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('Họ tên không được có chữ số.');
      await kiosk.answer('Họ, chữ đệm và tên của ông/bà', FAMILY.requesterName);
      await kiosk.tap('Tiếp tục');
      await kiosk.answer('Số định danh cá nhân (số CCCD) của ông/bà', '0010850123');
      await kiosk.tap('Tiếp tục');
      await kiosk.expectAlert('đúng 12 chữ số');
      await kiosk.screenshot('validation-01-id-length');
      await kiosk.tap('Quay lại');
      const name = open.page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của ông/bà', exact: true });
      expect(await name.inputValue()).toBe(FAMILY.requesterName);

      await kiosk.tap('English');
      await kiosk.expectHeading('Person registering');
      expect(await open.page.getByRole('textbox', { name: 'Your full name', exact: true }).inputValue()).toBe(
        FAMILY.requesterName,
      );
      await kiosk.screenshot('validation-02-english');
      expect(open.pageProblems).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('cross-checks the mother ID number against her year of birth', async () => {
    const open = await openKiosk(stack, stack.newProfileDir());
    const { kiosk } = open;
    try {
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
    } finally {
      await open.close();
    }
  });
});
