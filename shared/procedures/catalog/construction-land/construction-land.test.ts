import { describeCatalogFolder } from '../../../../tests/support/catalog-folder-suite';
import { CONSTRUCTION_LAND_PROCEDURES } from './index';

describeCatalogFolder({
  title: 'construction and land procedures (domain.md §2.7)',
  procedures: CONSTRUCTION_LAND_PROCEDURES,
  ids: ['XD-GPXD', 'DD-GCN-LD', 'DD-BD'],
  categories: ['xay_dung', 'dat_dai'],
  questionCount: 43,
});
