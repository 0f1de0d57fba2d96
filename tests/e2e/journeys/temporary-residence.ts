// CT-TAMTRU (temporary residence registration), entirely in English: a tenant registers a rented
// flat for himself and two household members; the owner confirms in VNeID. Values are what the
// city should receive.
import type { KioskPage } from '../pages/KioskPage';
import { TEXT, passDocumentPhotos, type ScreenAudit } from './wizard-steps';

export const TENANT = {
  name: 'Phạm Văn Đức',
  born: { day: '20', month: '7', year: '1988', iso: '1988-07-20' },
  id: '001088034567',
  phone: '0903 112 233',
  flat: 'Căn 1203 tòa B, số 19 Duy Tân',
  owner: { name: 'Nguyễn Thị Lan', id: '001175023456' },
  members: [
    {
      name: 'Hoàng Thị Thu',
      born: { day: '3', month: '2', year: '1990', iso: '1990-02-03' },
      sex: 'Female',
      id: '001190045678',
      relation: 'Wife',
    },
    {
      name: 'Phạm Minh Khôi',
      born: { day: '15', month: '6', year: '2016', iso: '2016-06-15' },
      sex: 'Male',
      id: '001216056789',
      relation: 'Child',
    },
  ],
} as const;

export const FLAT_LABEL = 'House number, lane, street, residential group or village';

const t = TEXT.en;

/** A year from today in Hanoi: how long the tenancy runs. */
export function stayUntil(now = new Date()) {
  const hanoi = new Date(now.getTime() + 7 * 3600_000);
  hanoi.setUTCFullYear(hanoi.getUTCFullYear() + 1);
  return {
    day: String(hanoi.getUTCDate()),
    month: String(hanoi.getUTCMonth() + 1),
    year: String(hanoi.getUTCFullYear()),
    iso: hanoi.toISOString().slice(0, 10),
  };
}

async function addMember(kiosk: KioskPage, index: 0 | 1, audit: ScreenAudit | undefined): Promise<void> {
  const member = TENANT.members[index];
  await kiosk.tap(index === 0 ? /^Add member$/i : /^Add another member$/i);
  await kiosk.answer('Full name', member.name);
  await audit?.screen(`member ${index + 1} name`, index === 0 ? 'member-name' : undefined);
  await kiosk.tap(t.next);
  await kiosk.answerDate(t.date, member.born);
  await kiosk.tap(t.next);
  await kiosk.choose(member.sex);
  await kiosk.tap(t.next);
  await kiosk.answer('Personal ID number', member.id);
  await kiosk.tap(t.next);
  await kiosk.choose(member.relation);
  await audit?.screen(`member ${index + 1} relationship`, index === 0 ? 'member-relation' : undefined);
  await kiosk.tap(t.next);
}

/** From "Start the form" to the check-answers screen; returns the end date of the stay and how the photo step went. */
export async function answerTemporaryResidence(kiosk: KioskPage, audit?: ScreenAudit) {
  await kiosk.tap(t.start);
  await kiosk.expectHeading('Person making the declaration');
  await kiosk.answer('Full name as on the birth certificate', TENANT.name);
  await kiosk.tap(t.next);
  await kiosk.answerDate(t.date, TENANT.born);
  await kiosk.tap(t.next);
  await kiosk.choose('Male');
  await audit?.screen('sex', 'sex');
  await kiosk.tap(t.next);
  await kiosk.answer('Personal ID number', TENANT.id);
  await kiosk.tap(t.next);
  await kiosk.answer('Contact phone number', TENANT.phone);
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // email: none

  await kiosk.expectHeading('Address where you will stay');
  await kiosk.searchFor('cau giay');
  await kiosk.choose('Phường Cầu Giấy');
  await audit?.screen('commune', 'commune');
  await kiosk.tap(t.next);
  await kiosk.answer(FLAT_LABEL, TENANT.flat);
  await kiosk.tap(t.next);
  await kiosk.tap(t.next); // the housing papers give the same address
  const until = stayUntil();
  await kiosk.answerDate(t.date, until);
  await audit?.screen('stay until', 'until');
  await kiosk.tap(t.next);

  await kiosk.expectHeading('Lawful place of residence');
  await kiosk.choose('No');
  await kiosk.tap(t.next);
  await kiosk.expectHeading('Home owner and their consent');
  await kiosk.answer('Full name of the home owner', TENANT.owner.name);
  await kiosk.tap(t.next);
  await kiosk.answer('Personal ID number of the home owner', TENANT.owner.id);
  await kiosk.tap(t.next);
  await kiosk.choose('Confirms in the VNeID app');
  await audit?.screen('owner consent', 'consent');
  await kiosk.tap(t.next);

  await kiosk.expectHeading('Household');
  await kiosk.choose('I am the head of the household');
  await kiosk.tap(t.next);

  await kiosk.expectHeading('Household members registering with you');
  await audit?.screen('members, none yet', 'members-empty');
  await addMember(kiosk, 0, audit);
  await kiosk.expectHeading('Household members registering with you');
  await addMember(kiosk, 1, audit);
  await kiosk.expectHeading('Household members registering with you');
  await audit?.screen('members, two', 'members-two');
  await kiosk.tap(t.next);
  const photos = await passDocumentPhotos(kiosk, 'en', audit);
  return { until, photos };
}

/** What the city must receive, with the flat's address as finally given. */
export function expectedTemporaryResidenceAnswers(untilIso: string, flat: string): Record<string, string> {
  // Items are numbered from 1; `thanh_vien[]` holds how many there are.
  const members = Object.fromEntries(
    TENANT.members.flatMap((member, i) => [
      [`thanh_vien[${i + 1}].ho_ten`, member.name],
      [`thanh_vien[${i + 1}].ngay_sinh`, member.born.iso],
      [`thanh_vien[${i + 1}].gioi_tinh`, member.sex === 'Male' ? 'male' : 'female'],
      [`thanh_vien[${i + 1}].so_dinh_danh`, member.id],
      [`thanh_vien[${i + 1}].quan_he_voi_chu_ho`, member.relation === 'Wife' ? 'vo' : 'con'],
    ]),
  );
  return {
    'nguoi_ke_khai.ho_ten': TENANT.name,
    'nguoi_ke_khai.ngay_sinh': TENANT.born.iso,
    'nguoi_ke_khai.gioi_tinh': 'male',
    'nguoi_ke_khai.so_dinh_danh': TENANT.id,
    'nguoi_ke_khai.sdt': '0903112233',
    'noi_tam_tru.xa_phuong': '00166',
    'noi_tam_tru.dia_chi': flat,
    'noi_tam_tru.den_ngay': untilIso,
    'cho_o.la_chu_so_huu': 'no',
    'chu_so_huu.ho_ten': TENANT.owner.name,
    'chu_so_huu.so_dinh_danh': TENANT.owner.id,
    'chu_so_huu.cach_dong_y': 'vneid',
    'ho_gia_dinh.chu_ho': 'la_chu_ho',
    'thanh_vien[]': String(TENANT.members.length),
    ...members,
  };
}
