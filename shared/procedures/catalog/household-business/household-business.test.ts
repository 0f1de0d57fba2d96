import { describeCatalogFolder } from '../../../../tests/support/catalog-folder-suite';
import { HOUSEHOLD_BUSINESS_PROCEDURES } from './index';

describeCatalogFolder({
  title: 'household-business procedures (domain.md §2.4)',
  procedures: HOUSEHOLD_BUSINESS_PROCEDURES,
  ids: ['HKD-DK', 'HKD-TD', 'HKD-TN', 'HKD-CD'],
  categories: ['ho_kinh_doanh'],
  questionCount: 49,
});
