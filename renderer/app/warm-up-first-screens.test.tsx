import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import type { CatalogStore } from '../sync/catalog-store';
import { createI18n } from '../i18n/i18n';
import type { KioskServices } from './services';
import { watchUnseenCopies } from './testing/watch-unseen-copies';
import { warmUpFirstScreens } from './warm-up-first-screens';

const texts = (watch: ReturnType<typeof watchUnseenCopies>) =>
  watch.copies.map((c) => c.element.textContent ?? '');

// The first screens read only the catalog and the kiosk's languages; nothing else is reached.
const services = {
  catalogs: { catalog: BUNDLED_CATALOG } as CatalogStore,
  config: { locales: ['vi', 'en'] },
} as KioskServices;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('warmUpFirstScreens', () => {
  it('paints the language, home and first procedure screens in turn while the attract screen waits', async () => {
    document.body.innerHTML = '<main class="attract"><button class="attract-touch">Chạm</button></main>';
    const watch = watchUnseenCopies();
    await warmUpFirstScreens(services, createI18n('vi'));
    watch.stop();

    expect(watch.copies).toHaveLength(3);
    expect(texts(watch)[0]).toContain('English');
    expect(texts(watch)[1]).toContain('Tìm thủ tục');
    expect(texts(watch)[2]).toContain(BUNDLED_CATALOG.procedures[0]?.name.vi);
    // Only the attract screen is left, and nothing took the focus.
    expect(document.body.children).toHaveLength(1);
    expect(document.activeElement).toBe(document.body);
  });

  it('stops as soon as the attract screen is gone (a resident touched it)', async () => {
    document.body.innerHTML = '<main class="attract"><button class="attract-touch">Chạm</button></main>';
    const watch = watchUnseenCopies((count) => {
      if (count === 1) document.querySelector('.attract')?.remove();
    });
    await warmUpFirstScreens(services, createI18n('vi'));
    watch.stop();
    expect(watch.copies).toHaveLength(1);
    expect(document.body.children).toHaveLength(0);
  });

  it('paints nothing when the session began before the kiosk had started', async () => {
    const watch = watchUnseenCopies();
    await warmUpFirstScreens(services, createI18n('vi'));
    watch.stop();
    expect(watch.copies).toHaveLength(0);
  });
});
