import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import type { Section } from '../../../shared/procedures/form-schema';
import { REQUESTER_SECTION, idCardAnswers } from './id-card-answers';

const CARD = {
  fullName: 'Nguye\u0302\u0303n Thị Mai Anh',
  idNumber: '001190012345',
  dateOfBirth: '1990-03-15',
  sex: 'female',
  address: 'Số 12 ngõ 34 phố Kim Mã, Phường Giảng Võ, Hà Nội',
} as const;

const requesterOf = (procedureId: string): Section => {
  const section = BUNDLED_CATALOG.procedures
    .find((p) => p.id === procedureId)
    ?.form.sections.find((s) => s.id === REQUESTER_SECTION);
  if (!section) throw new Error(`${procedureId} has no requester section`);
  return section;
};

describe('idCardAnswers', () => {
  it("fills the birth registration requester's name and ID number (NFC); the address is no answer", () => {
    expect(idCardAnswers(requesterOf('HT-KS'), CARD)).toEqual({
      'nguoi_yeu_cau.ho_ten': 'Nguyễn Thị Mai Anh'.normalize('NFC'),
      'nguoi_yeu_cau.so_dinh_danh': '001190012345',
    });
  });

  it('fills the date of birth and sex where the form asks them', () => {
    const section: Section = {
      id: REQUESTER_SECTION,
      title: { vi: 'Người yêu cầu', en: 'Requester' },
      questions: [
        { id: 'ho_ten', type: 'personName', required: true, label: { vi: 'Tên', en: 'Name' } },
        { id: 'ngay_sinh', type: 'pastDate', required: true, label: { vi: 'Ngày sinh', en: 'Born' } },
        {
          id: 'gioi_tinh',
          type: 'choice',
          required: true,
          label: { vi: 'Giới tính', en: 'Sex' },
          options: [
            { value: 'male', label: { vi: 'Nam', en: 'Male' } },
            { value: 'female', label: { vi: 'Nữ', en: 'Female' } },
          ],
        },
      ],
    } as Section;
    expect(idCardAnswers(section, CARD)).toEqual({
      'nguoi_yeu_cau.ho_ten': 'Nguyễn Thị Mai Anh'.normalize('NFC'),
      'nguoi_yeu_cau.ngay_sinh': '1990-03-15',
      'nguoi_yeu_cau.gioi_tinh': 'female',
    });
  });

  it('leaves out what the resident marked wrong', () => {
    expect(idCardAnswers(requesterOf('HT-KS'), { idNumber: CARD.idNumber })).toEqual({
      'nguoi_yeu_cau.so_dinh_danh': '001190012345',
    });
  });
});
