// HT-KH (marriage registration), entirely in English: a couple prepares the joint declaration at
// the kiosk; both still have to come in person to sign (prepare mode). Values are what the city
// should receive.
import type { KioskPage } from '../pages/KioskPage';
import { TEXT, passDocumentPhotos, setStepper, type ScreenAudit } from './wizard-steps';

export const COUPLE = {
  woman: {
    name: 'Trần Thị Mai',
    born: { day: '12', month: '3', year: '1996', iso: '1996-03-12' },
    residence: 'Số 8 phố Kim Mã, Hà Nội',
    id: '001196012345',
  },
  man: {
    name: 'Lê Quang Huy',
    born: { day: '5', month: '9', year: '1994', iso: '1994-09-05' },
    residence: 'Số 21 phố Đội Cấn, Hà Nội',
    id: '001094012346',
  },
  phone: '0987 654 321',
} as const;

const t = TEXT.en;

export const LABELS = {
  copies: 'How many extra copies of the marriage extract do you want?',
} as const;

async function answerParty(
  kiosk: KioskPage,
  who: 'woman' | 'man',
  audit: ScreenAudit | undefined,
): Promise<void> {
  const person = COUPLE[who];
  await kiosk.expectHeading(who === 'woman' ? 'The woman' : 'The man');
  await kiosk.answer(`The ${who}'s full name`, person.name);
  await audit?.screen(`${who} name`, `${who}-name`);
  await kiosk.tap(t.next);
  await kiosk.answerDate(t.date, person.born);
  await audit?.screen(`${who} date of birth`, who === 'woman' ? 'woman-date' : undefined);
  await kiosk.tap(t.next);
  await audit?.screen(`${who} ethnicity`); // Kinh is preselected
  await kiosk.tap(t.next);
  await audit?.screen(`${who} nationality`); // Viet Nam is preselected
  await kiosk.tap(t.next);
  await kiosk.answer(`The ${who}'s place of residence`, person.residence);
  await kiosk.tap(t.next);
  await kiosk.answer(`The ${who}'s personal ID number (citizen ID)`, person.id);
  await audit?.screen(`${who} ID number`);
  await kiosk.tap(t.next);
  await setStepper(kiosk, 'en', 1);
  await audit?.screen(`${who} marriage count`, who === 'woman' ? 'woman-count' : undefined);
  await kiosk.tap(t.next);
}

/** From the info screen's "Start the form" to the check-answers screen. */
export async function answerMarriageRegistration(kiosk: KioskPage, audit?: ScreenAudit) {
  await kiosk.tap(t.start);
  await kiosk.expectHeading('Where to register');
  await kiosk.searchFor('ba dinh');
  await kiosk.choose('Phường Ba Đình');
  await audit?.screen('commune', 'commune');
  await kiosk.tap(t.next);
  await answerParty(kiosk, 'woman', audit);
  await answerParty(kiosk, 'man', audit);
  await kiosk.expectHeading('Copies and collection date');
  await setStepper(kiosk, 'en', 2);
  await audit?.screen('copies', 'copies');
  await kiosk.tap(t.next);
  await audit?.screen('collection date (optional)');
  await kiosk.tap(t.next); // the collection date is optional: the office calls to agree one
  await kiosk.expectHeading('Contact');
  await kiosk.answer('Phone number the office can call', COUPLE.phone);
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // email: none
  return passDocumentPhotos(kiosk, 'en', audit);
}

/** What the city must receive once the copies were changed to `copies`. */
export function expectedMarriageAnswers(copies: string): Record<string, string> {
  const party = (prefix: string, person: (typeof COUPLE)['woman' | 'man']) => ({
    [`${prefix}.ho_ten`]: person.name,
    [`${prefix}.ngay_sinh`]: person.born.iso,
    [`${prefix}.dan_toc`]: '01',
    [`${prefix}.quoc_tich`]: 'VN',
    [`${prefix}.noi_cu_tru`]: person.residence,
    [`${prefix}.so_dinh_danh`]: person.id,
    [`${prefix}.ket_hon_lan_thu`]: '1',
  });
  return {
    'noi_dang_ky.xa_phuong': '00004',
    ...party('ben_nu', COUPLE.woman),
    ...party('ben_nam', COUPLE.man),
    'tuy_chon.so_ban_sao_trich_luc': copies,
    'lien_he.sdt': '0987654321',
  };
}
