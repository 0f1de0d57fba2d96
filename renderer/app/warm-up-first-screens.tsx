import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { HomeScreen } from '../features/catalog/HomeScreen';
import { ProcedureInfoScreen } from '../features/catalog/ProcedureInfoScreen';
import { LanguageScreen } from '../features/language/LanguageScreen';
import { attractScreenShown } from '../features/attract/attract-shown';
import { paintUnseen } from './paint-unseen';
import { ServicesContext, type KioskServices } from './services';

const nothing = () => undefined;

/**
 * After a start, while the attract screen waits: paints the screens every resident's first taps
 * open (language, home, a procedure's information), one per idle period and unseen
 * (paint-unseen.tsx), so that the first resident's taps are as quick as everyone else's. Stops at
 * once when the attract screen goes (a resident touched it, or staff opened their panel).
 */
export async function warmUpFirstScreens(services: KioskServices, i18n: I18n): Promise<void> {
  const { catalog } = services.catalogs;
  const procedure = catalog.procedures[0];
  const screens = [
    <LanguageScreen key="language" locales={services.config.locales} onChosen={nothing} onBack={nothing} />,
    <HomeScreen
      key="home"
      catalog={catalog}
      lifeEvent={null}
      query=""
      onQuery={nothing}
      onLifeEvent={nothing}
      onOpen={nothing}
      onBack={nothing}
      onStatusLookup={nothing}
    />,
    procedure && (
      <ProcedureInfoScreen
        key="procedure"
        procedure={procedure}
        onStart={nothing}
        onBack={nothing}
        onHome={nothing}
      />
    ),
  ];
  for (const screen of screens) {
    if (!screen || !attractScreenShown()) return;
    const painted = await paintUnseen(
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>{screen}</ServicesContext.Provider>
      </I18nextProvider>,
      attractScreenShown,
    );
    if (!painted) return;
  }
}
