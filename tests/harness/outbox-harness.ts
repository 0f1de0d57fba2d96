// A page that runs the kiosk's real composition root (bridge, sealing, Dexie
// outbox, sync engine) without the resident UI, so chaos runs and benchmarks can
// queue hundreds of submissions quickly. Built separately (vite.config.ts here);
// never part of the shipped renderer.
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import { createServices } from '../../renderer/app/create-services';
import { buildSubmission } from '../../renderer/app/build-submission';
import { getKioskBridge } from '../../renderer/bridge/kiosk-bridge';
import type { HarnessApi, HarnessReceipt } from './harness-api';

const procedure = (() => {
  const [first] = BUNDLED_CATALOG.procedures;
  if (!first) throw new Error('the bundled catalog has no procedures');
  return first;
})();
const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (data: Uint8Array<ArrayBuffer>) => hex(await crypto.subtle.digest('SHA-256', data));

function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  }
  return bytes;
}

async function start(): Promise<HarnessApi> {
  const bridge = getKioskBridge();
  const config = await bridge.getConfig();
  if (!config.ok) throw new Error(`harness config invalid: ${JSON.stringify(config.problems)}`);
  const services = await createServices(bridge, config.config);
  await services.sync.start();
  let sequence = 0;

  const enqueueOne = async (opts: {
    photos: number;
    photoBytes: number;
    name: string;
  }): Promise<HarnessReceipt> => {
    const files = Array.from({ length: opts.photos }, (_, i) => ({
      id: `photo-${i + 1}`,
      contentType: 'image/jpeg',
      label: `Giấy chứng sinh, trang ${i + 1}`,
      bytes: randomBytes(opts.photoBytes),
    }));
    const answers = {
      'nguoi_yeu_cau.ho_ten': opts.name,
      'tre.ho_ten': `${opts.name} con`,
      'nguoi_yeu_cau.so_dinh_danh': '001085012345',
    };
    const plain = {
      answers,
      attachments: files.map(({ id, contentType, label }) => ({ id, contentType, label })),
    };
    const payloadSha256 = await sha256(new TextEncoder().encode(JSON.stringify(plain)));
    const photoSha256 = await Promise.all(files.map((f) => sha256(f.bytes)));
    const { request, attachments } = await buildSubmission(services, procedure, answers, 'vi', files);
    await services.outbox.enqueue(request, attachments);
    services.sync.kick();
    return {
      submissionId: request.submissionId,
      receiptCode: request.receiptCode,
      payloadSha256,
      photoSha256,
    };
  };

  return {
    enqueue: async (count, opts) => {
      const receipts: HarnessReceipt[] = [];
      for (let i = 0; i < count; i++) {
        receipts.push(
          await enqueueOne({ ...opts, name: `${opts.namePrefix ?? 'Nguyễn Văn'} ${++sequence}` }),
        );
      }
      return receipts;
    },
    counts: () => services.outbox.counts(),
    kick: () => services.sync.kick(),
    connectivityRestored: () => services.sync.connectivityRestored(),
    checkStorage: () => services.checkStorage(),
  };
}

const ready = start();
(window as unknown as { __harness: Promise<HarnessApi> }).__harness = ready;
const showState = (text: string) => {
  const element = document.getElementById('state');
  if (element) element.textContent = text;
};
ready.then(
  () => showState('ready'),
  (error: unknown) => showState(`failed: ${String(error)}`),
);
