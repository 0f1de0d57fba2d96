import { describeCatalogFolder } from '../../../../tests/support/catalog-folder-suite';
import { SOCIAL_WELFARE_PROCEDURES } from './index';

describeCatalogFolder({
  title: 'social-welfare and people-with-merit procedures (domain.md §2.6)',
  procedures: SOCIAL_WELFARE_PROCEDURES,
  ids: ['BTXH-TCXH', 'BTXH-HTXH', 'BTXH-KT', 'BTXH-MT', 'NCC-MLS'],
  categories: ['bao_tro_xa_hoi', 'nguoi_co_cong'],
  questionCount: 79,
});
