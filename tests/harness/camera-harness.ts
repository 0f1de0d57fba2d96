// A test page for the camera features (id-card scanner, document photos) before they are wired
// into the wizard: the real components, the real CSP (served by the dev host) and Chromium's fake
// camera. `?view=id-card` or `?view=documents`; results land on window.__cameraHarness.
// Built with the outbox harness (vite.config.ts here); never part of the shipped renderer.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BIRTH_REGISTRATION } from '../../shared/procedures/catalog/birth-registration';
import type { CccdPrefill } from '../../shared/identity/cccd-prefill';
import { createI18n } from '../../renderer/i18n/i18n';
import { sealSubmission, type PlainAttachment } from '../../renderer/outbox/seal';
import { captureDocumentsOf } from '../../renderer/features/documents/capture-documents';
import { DocumentPhotoStep } from '../../renderer/features/documents/DocumentPhotoStep';
import { IdCardScanner } from '../../renderer/features/id-card/IdCardScanner';
import { todayInHanoi } from '../../renderer/features/wizard/today';
import '../../renderer/ui/styles.css';

export interface HarnessAttachment {
  id: string;
  label: string;
  contentType: string;
  size: number;
  /** The first bytes in hex: a JPEG starts ffd8ff. */
  head: string;
  width: number;
  height: number;
}

export interface CameraHarnessState {
  confirmed: CccdPrefill | null;
  cancelled: boolean;
  attachments: HarnessAttachment[] | null;
  /** Sizes of the encrypted blobs the outbox would store (ciphertext + 16-byte tag). */
  sealedSizes: number[] | null;
}

const state: CameraHarnessState = { confirmed: null, cancelled: false, attachments: null, sealedSizes: null };
(window as unknown as { __cameraHarness: CameraHarnessState }).__cameraHarness = state;

async function summarize(file: PlainAttachment): Promise<HarnessAttachment> {
  const bitmap = await createImageBitmap(new Blob([file.bytes as BlobPart], { type: file.contentType }));
  const head = Array.from(file.bytes.slice(0, 3), (b) => b.toString(16).padStart(2, '0')).join('');
  const described = {
    id: file.id,
    label: file.label,
    contentType: file.contentType,
    size: file.bytes.byteLength,
    head,
    width: bitmap.width,
    height: bitmap.height,
  };
  bitmap.close();
  return described;
}

/** Seals the photos the way the outbox does, to a throwaway key: proves the attachments fit seal.ts. */
async function seal(files: PlainAttachment[]): Promise<number[]> {
  const { publicKey } = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    false,
    ['wrapKey', 'unwrapKey'],
  );
  const sealed = await sealSubmission({ key: publicKey, keyId: '0123456789abcdef' }, { answers: {} }, files);
  return sealed.attachments.map((attachment) => attachment.meta.size);
}

const done = (text: string) => {
  const marker = document.createElement('p');
  marker.id = 'harness-done';
  marker.textContent = text;
  document.body.append(marker);
};

function view() {
  const which = new URLSearchParams(location.search).get('view');
  if (which === 'id-card') {
    return createElement(IdCardScanner, {
      today: todayInHanoi(new Date()),
      onConfirmed: (prefill: CccdPrefill) => {
        state.confirmed = prefill;
        root.render(null); // unmounting turns the camera off, as leaving the step does in the wizard
        done('confirmed');
      },
      onCancel: () => {
        state.cancelled = true;
        root.render(null);
        done('cancelled');
      },
    });
  }
  return createElement(DocumentPhotoStep, {
    documents: captureDocumentsOf(BIRTH_REGISTRATION),
    onContinue: (files: PlainAttachment[]) => {
      void (async () => {
        state.attachments = await Promise.all(files.map(summarize));
        state.sealedSizes = await seal(files);
        root.render(null);
        done('documents');
      })();
    },
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('camera-harness.html has no #root');
const root = createRoot(container);
root.render(
  createElement(StrictMode, null, createElement(I18nextProvider, { i18n: createI18n('vi') }, view())),
);
