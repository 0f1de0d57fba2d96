import { useMemo, useReducer, useState } from 'react';
import { relevantAnswers } from '../../shared/procedures/form-steps';
import { AttractScreen } from '../features/attract/AttractScreen';
import { HomeScreen } from '../features/catalog/HomeScreen';
import { ProcedureInfoScreen } from '../features/catalog/ProcedureInfoScreen';
import { LanguageScreen } from '../features/language/LanguageScreen';
import { ReceiptScreen } from '../features/receipt/ReceiptScreen';
import { createReceiptLookup } from '../features/status-lookup/create-receipt-lookup';
import { StatusLookupScreen } from '../features/status-lookup/StatusLookupScreen';
import { CheckAnswersScreen } from '../features/wizard/CheckAnswersScreen';
import { WizardScreen } from '../features/wizard/WizardScreen';
import { StorageFullScreen } from './StorageFullScreen';
import { QueueSummary } from '../features/queue/QueueSummary';
import { useTranslation } from 'react-i18next';
import { initialSession, sessionReducer } from './session-state';
import { useServices } from './services';
import { buildSubmission } from './build-submission';
import { useAccessibilitySession } from '../features/accessibility/useAccessibilitySession';

/** Routes the resident's session to its screen. All state changes go through the session reducer. */
export function KioskApp() {
  const services = useServices();
  const { i18n } = useTranslation();
  const [session, dispatch] = useReducer(sessionReducer, initialSession);
  // Text size, contrast and speech belong to one resident: back to defaults on the attract screen.
  useAccessibilitySession(session.screen.name !== 'attract');
  // A session keeps the catalog it began with; a refreshed catalog applies to the next resident.
  const [catalog, setCatalog] = useState(() => services.catalogs.catalog);
  const [storageFull, setStorageFull] = useState(false);
  const lookup = useMemo(
    () =>
      createReceiptLookup({
        outbox: services.outbox,
        cityApiUrl: services.config.cityApiUrl,
        fetch: (input, init) => window.fetch(input, init),
      }),
    [services],
  );
  const begin = async () => {
    const verdict = await services.checkStorage().catch(() => 'ok' as const);
    setStorageFull(verdict === 'full');
    if (verdict === 'full') return;
    setCatalog(services.catalogs.catalog);
    dispatch({ type: 'begin' });
  };
  const screen = session.screen;
  const procedure =
    'procedureId' in screen ? catalog.procedures.find((p) => p.id === screen.procedureId) : undefined;
  const back = () => dispatch({ type: 'back' });
  const home = () => dispatch({ type: 'home' });

  switch (screen.name) {
    case 'attract':
      return storageFull ? (
        <StorageFullScreen onBack={() => setStorageFull(false)} />
      ) : (
        <AttractScreen onBegin={() => void begin()} />
      );
    case 'language':
      return (
        <LanguageScreen
          locales={services.config.locales}
          onChosen={() => dispatch({ type: 'languageChosen' })}
          onBack={back}
        />
      );
    case 'home':
      return (
        <HomeScreen
          catalog={catalog}
          lifeEvent={screen.lifeEvent}
          query={session.query}
          onQuery={(query) => dispatch({ type: 'search', query })}
          onLifeEvent={(lifeEvent) => dispatch({ type: 'openLifeEvent', lifeEvent })}
          onOpen={(procedureId) => dispatch({ type: 'openProcedure', procedureId })}
          onBack={back}
          onStatusLookup={() => dispatch({ type: 'openStatusLookup' })}
          status={<QueueSummary outbox={services.outbox} sync={services.sync} />}
        />
      );
    case 'receipt':
      return (
        <ReceiptScreen
          submissionId={screen.submissionId}
          outbox={services.outbox}
          catalog={catalog}
          feeAccount={services.config.feeAccount}
          print={(receipt) => services.bridge.printReceipt(receipt)}
          onDone={() => dispatch({ type: 'reset' })}
        />
      );
    case 'statusLookup':
      return <StatusLookupScreen lookup={lookup} catalog={catalog} onBack={back} onHome={home} />;
  }
  if (!procedure) return null;
  switch (screen.name) {
    case 'procedure':
      return (
        <ProcedureInfoScreen
          procedure={procedure}
          onStart={() => dispatch({ type: 'startForm' })}
          onBack={back}
          onHome={home}
        />
      );
    case 'wizard':
      return (
        <WizardScreen
          procedure={procedure}
          catalog={catalog}
          answers={session.answers}
          step={screen.step}
          returnToCheck={screen.returnToCheck}
          now={services.now}
          // The kiosk's own ward is the likeliest answer to "which commune": offered first.
          suggestedCommune={services.config.wardCode}
          onAnswer={(path, value) => dispatch({ type: 'answer', path, value })}
          onGoToStep={(step) => dispatch({ type: 'goToStep', step })}
          onCheckAnswers={() => dispatch({ type: 'checkAnswers' })}
          onBack={back}
          onHome={home}
        />
      );
    case 'check':
      return (
        <CheckAnswersScreen
          procedure={procedure}
          catalog={catalog}
          answers={session.answers}
          now={services.now}
          onChange={(step) => dispatch({ type: 'goToStep', step, returnToCheck: true })}
          onSubmit={async () => {
            // Checked again here: the disk may have filled while the resident was answering.
            if ((await services.checkStorage()) === 'full')
              throw new DOMException('no room', 'QuotaExceededError');
            const { request, attachments } = await buildSubmission(
              services,
              procedure,
              relevantAnswers(procedure.form, session.answers),
              i18n.language,
            );
            const record = await services.outbox.enqueue(request, attachments);
            dispatch({ type: 'submitted', submissionId: record.id });
            services.sync.kick();
          }}
          onBack={back}
          onHome={home}
        />
      );
  }
}
