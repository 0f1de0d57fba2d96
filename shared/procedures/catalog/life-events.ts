import type { LifeEvent } from '../procedure-schema';

/** The tiles residents choose from: life events, not agency names (product.md). */
export const LIFE_EVENTS: LifeEvent[] = [
  { id: 'new_baby', name: { vi: 'Có em bé', en: 'A new baby' }, icon: 'baby' },
  { id: 'marriage', name: { vi: 'Kết hôn', en: 'Getting married' }, icon: 'rings' },
  { id: 'death', name: { vi: 'Có người mất', en: 'A death in the family' }, icon: 'candle' },
  { id: 'moving_home', name: { vi: 'Chuyển nhà, cư trú', en: 'Moving home, residence' }, icon: 'house' },
  { id: 'business', name: { vi: 'Kinh doanh', en: 'Running a business' }, icon: 'shop' },
  { id: 'school', name: { vi: 'Con đi học', en: 'Going to school' }, icon: 'school' },
  { id: 'papers', name: { vi: 'Giấy tờ, chứng thực', en: 'Papers and certified copies' }, icon: 'document' },
  {
    id: 'family_support',
    name: { vi: 'Trợ cấp, hỗ trợ gia đình', en: 'Benefits and family support' },
    icon: 'hands',
  },
  { id: 'building_land', name: { vi: 'Xây nhà, đất đai', en: 'Building and land' }, icon: 'land' },
];
