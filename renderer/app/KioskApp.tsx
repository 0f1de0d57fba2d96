import { Activity, Suspense, useEffect, useMemo, useReducer, useState, type Dispatch } from 'react';
import { relevantAnswers } from '../../shared/procedures/form-steps';
import { AttractScreen } from '../features/attract/AttractScreen';
import { HomeScreen } from '../features/catalog/HomeScreen';
import { ProcedureInfoScreen } from '../features/catalog/ProcedureInfoScreen';
import { LanguageScreen } from '../features/language/LanguageScreen';
import { createReceiptLookup } from '../features/status-lookup/create-receipt-lookup';
import { REQUESTER_SECTION, idCardAnswers } from '../features/wizard/id-card-answers';
import { todayInHanoi } from '../features/wizard/today';
import { captureDocumentsOf } from '../features/documents/capture-documents';
import { photosToAttachments } from './photos-to-attachments';
import { StorageFullScreen } from './StorageFullScreen';
import { QueueSummary } from '../features/queue/QueueSummary';
import { useTranslation } from 'react-i18next';
import {
  inSession,
  initialSession,
  sessionReducer,
  type SessionAction,
  type SessionState,
} from './session-state';
import { useServices } from './services';
import { buildSubmission } from './build-submission';
import {
  CheckAnswersScreen,
  DocumentsStep,
  IdCardScanner,
  ReceiptScreen,
  StatusLookupScreen,
  WizardScreen,
} from './lazy-screens';
import { useAccessibilitySession } from '../features/accessibility/useAccessibilitySession';
import { coveredLayer, SessionOverlay } from '../features/session/SessionOverlay';
import { useSessionPrivacy } from '../features/session/useSessionPrivacy';
import { useReportAttractScreen } from '../pwa/attract-screen-context';
import { AssistedSession } from '../features/staff/AssistedSession';
import { StaffGate } from '../features/staff/StaffGate';
import { useAfterIdle } from './when-idle';

/**
 * The resident's session, on screen; screens past the procedure list load lazily (lazy-screens.ts),
 * with an empty page for the moment one is still on its way. Idle warning, privacy wipe and screen
 * dimming come from features/session: the screens remount at the end of every session, so nothing
 * a resident entered outlives it in any component.
 */
export function KioskApp({ beginAtOnce = false }: { beginAtOnce?: boolean }) {
  const [session, dispatch] = useReducer(sessionReducer, initialSession);
  const privacy = useSessionPrivacy({
    inSession: inSession(session),
    onExpire: () => dispatch({ type: 'reset' }),
  });
  // Hosted PWA mode: a new version is applied only here, between residents (pwa/update-gate.ts).
  useReportAttractScreen(!inSession(session));
  return (
    <>
      <div {...coveredLayer(privacy)}>
        {/* Marks a session staff started (features/staff), on every screen until the attract screen. */}
        <AssistedSession>
          <Suspense fallback={<main className="screen" aria-busy="true" />}>
            <KioskScreens
              key={privacy.generation}
              beginAtOnce={beginAtOnce && privacy.generation === 0}
              session={session}
              dispatch={dispatch}
              holdIdle={privacy.hold}
            />
          </Suspense>
        </AssistedSession>
      </div>
      <SessionOverlay privacy={privacy} />
    </>
  );
}

/** Routes the resident's session to its screen. All state changes go through the session reducer. */
function KioskScreens({
  beginAtOnce,
  session,
  dispatch,
  holdIdle,
}: {
  beginAtOnce: boolean;
  session: SessionState;
  dispatch: Dispatch<SessionAction>;
  /** Keeps the session from timing out while the submission is saved. */
  holdIdle: () => () => void;
}) {
  const services = useServices();
  const { t, i18n } = useTranslation();
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
  // The session starts at the touch; the storage check runs beside it and, on a full disk, says so
  // in place of the first screen, before any answer is typed (waiting for it first made every touch
  // on the attract screen feel slow: bench/workloads/tap-to-frame.ts).
  const checkRoom = () =>
    void services
      .checkStorage()
      .catch(() => 'ok' as const)
      .then((verdict) => {
        if (verdict === 'full') setStorageFull(true);
      });
  const begin = () => {
    setCatalog(services.catalogs.catalog);
    dispatch({ type: 'begin' });
    checkRoom();
  };
  // A touch on the attract screen while the kiosk was still starting (app/KioskBoot.tsx).
  const [touchedWhileStarting] = useState(beginAtOnce);
  useEffect(() => {
    if (!touchedWhileStarting) return;
    dispatch({ type: 'begin' });
    checkRoom();
    // Once, on mount: checkRoom is a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [touchedWhileStarting]);
  const screen = session.screen;
  const procedure =
    'procedureId' in screen ? catalog.procedures.find((p) => p.id === screen.procedureId) : undefined;
  const back = () => dispatch({ type: 'back' });
  const home = () => dispatch({ type: 'home' });
  // See case 'home' below: rendered behind the language screen once that has been painted.
  const prerenderHome = useAfterIdle(screen.name === 'language');

  // No room for another submission: said before the resident types anything; back ends the session.
  if (storageFull) return <StorageFullScreen onBack={() => dispatch({ type: 'reset' })} />;
  switch (screen.name) {
    case 'attract':
      return (
        // The staff corner sits over the attract screen; staff mode replaces it while open.
        <StaffGate onBegin={begin}>
          <AttractScreen onBegin={begin} />
        </StaffGate>
      );
    case 'language':
    case 'home':
      // The home screen always follows the language choice: it is rendered, hidden, while the
      // language screen waits for a tap (React's Activity, at idle priority, effects not yet
      // mounted), so that tap only reveals it. Rendered from cold in the tap, its first render
      // took ~20 ms of the ~35 ms the tap cost (bench/workloads/tap-to-frame.ts). It starts once
      // the language screen is painted and the page idle, not in the tap that opened it.
      return (
        <>
          {screen.name === 'language' && (
            <LanguageScreen
              locales={services.config.locales}
              onChosen={() => dispatch({ type: 'languageChosen' })}
              onBack={back}
            />
          )}
          {(screen.name === 'home' || prerenderHome) && (
            <Activity mode={screen.name === 'home' ? 'visible' : 'hidden'}>
              <HomeScreen
                catalog={catalog}
                lifeEvent={screen.name === 'home' ? screen.lifeEvent : null}
                query={session.query}
                onQuery={(query) => dispatch({ type: 'search', query })}
                onLifeEvent={(lifeEvent) => dispatch({ type: 'openLifeEvent', lifeEvent })}
                onOpen={(procedureId) => {
                  const opened = catalog.procedures.find((p) => p.id === procedureId);
                  const documentStep = opened ? captureDocumentsOf(opened).length > 0 : false;
                  dispatch({ type: 'openProcedure', procedureId, documentStep });
                }}
                onBack={back}
                onStatusLookup={() => dispatch({ type: 'openStatusLookup' })}
                status={<QueueSummary outbox={services.outbox} sync={services.sync} />}
              />
            </Activity>
          )}
        </>
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
          inputMethod={session.inputMethod}
          onInputMethod={(method) => dispatch({ type: 'inputMethod', method })}
          cardAddress={session.cardAddress}
          onScanIdCard={() => dispatch({ type: 'openIdCard' })}
          onAnswer={(path, value) => dispatch({ type: 'answer', path, value })}
          onGoToStep={(step) => dispatch({ type: 'goToStep', step })}
          onCheckAnswers={() => dispatch({ type: 'checkAnswers' })}
          onBack={back}
          onHome={home}
        />
      );
    case 'idCard': {
      const requester = procedure.form.sections.find((s) => s.id === REQUESTER_SECTION);
      return (
        <IdCardScanner
          today={todayInHanoi(services.now())}
          onConfirmed={(prefill) =>
            dispatch({
              type: 'idCardRead',
              answers: requester ? idCardAnswers(requester, prefill) : {},
              address: prefill.address,
            })
          }
          onCancel={() => dispatch({ type: 'closeIdCard' })}
          onBack={back}
          onHome={home}
        />
      );
    }
    case 'documents':
      return (
        <DocumentsStep
          documents={captureDocumentsOf(procedure)}
          photos={session.photos}
          onPhotosChange={(photos) => dispatch({ type: 'photos', photos })}
          onContinue={(onPaper) => dispatch({ type: 'documentsDone', onPaper })}
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
          documents={
            session.documentStep
              ? {
                  pages: Object.values(session.photos).reduce((sum, pages) => sum + pages.length, 0),
                  onPaper: session.documentsOnPaper,
                  onChange: () => dispatch({ type: 'openDocuments' }),
                }
              : undefined
          }
          onChange={(step) => dispatch({ type: 'goToStep', step, returnToCheck: true })}
          onSubmit={async () => {
            // Sealing and storing may take a while on a busy kiosk: that is not the resident being idle.
            const release = holdIdle();
            try {
              // Checked again here: the disk may have filled while the resident was answering.
              if ((await services.checkStorage()) === 'full')
                throw new DOMException('no room', 'QuotaExceededError');
              const { request, attachments } = await buildSubmission(
                services,
                procedure,
                relevantAnswers(procedure.form, session.answers),
                i18n.language,
                // Labelled in Vietnamese for the ward officer, whatever language the resident used.
                await photosToAttachments(
                  captureDocumentsOf(procedure),
                  session.photos,
                  (name, page, total) => t('documents.attachmentLabel', { lng: 'vi', name, page, total }),
                ),
              );
              const record = await services.outbox.enqueue(request, attachments);
              dispatch({ type: 'submitted', submissionId: record.id });
              services.sync.kick();
            } finally {
              release();
            }
          }}
          onBack={back}
          onHome={home}
        />
      );
  }
}
