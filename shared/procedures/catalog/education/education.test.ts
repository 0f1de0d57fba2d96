import { describeCatalogFolder } from '../../../../tests/support/catalog-folder-suite';
import { EDUCATION_PROCEDURES } from './index';

describeCatalogFolder({
  title: 'education procedures (domain.md §2.5)',
  procedures: EDUCATION_PROCEDURES,
  ids: ['GD-CT-TH', 'GD-CT-THCS'],
  categories: ['giao_duc'],
  questionCount: 28,
});
