// A page that runs the kiosk's real composition root (bridge, sealing, Dexie
// outbox, sync engine) without the resident UI, so chaos runs and benchmarks can
// queue hundreds of submissions quickly. Built separately (vite.config.ts here);
// never part of the shipped renderer.
import { BUNDLED_CATALOG } from '../../shared/procedures/catalog';
import { createServices } from '../../renderer/app/create-services';
import { buildSubmission } from '../../renderer/app/build-submission';
import { getKioskBridge } from '../../renderer/bridge/kiosk-bridge';
import type { HarnessApi, HarnessReceipt } from './harness-api';
import type { PreparedRequest, RawPostTiming } from './harness-api';
import { API_PATHS, IDEMPOTENCY_KEY_HEADER } from '../../shared/api/city-api';

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

// ── Benchmark helpers (bench/workloads/enqueue.ts, drain.ts) ──

/** AES-GCM appends a 16-byte tag: what the outbox stores for a photo of n bytes is n + 16. */
const GCM_TAG_BYTES = 16;

const benchFiles = (photos: number, photoBytes: number) =>
  Array.from({ length: photos }, (_, i) => ({
    id: `photo-${i + 1}`,
    contentType: 'image/jpeg',
    label: `Giấy chứng sinh, trang ${i + 1}`,
    bytes: randomBytes(photoBytes),
  }));

const benchAnswers = (name: string) => ({
  'nguoi_yeu_cau.ho_ten': name,
  'tre.ho_ten': `${name} con`,
  'nguoi_yeu_cau.so_dinh_danh': '001085012345',
});

/** The raw-IndexedDB floor's own database, with the outbox's object stores and indexes. */
let rawDatabase: Promise<IDBDatabase> | undefined;
const openRawDatabase = () =>
  (rawDatabase ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('bench-raw-put', 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      const submissions = db.createObjectStore('submissions', { keyPath: 'id' });
      submissions.createIndex('receiptCode', 'receiptCode', { unique: true });
      submissions.createIndex('state', 'state');
      submissions.createIndex('[state+nextAttemptAt]', ['state', 'nextAttemptAt']);
      submissions.createIndex('createdAt', 'createdAt');
      db.createObjectStore('attachments', { keyPath: 'key' }).createIndex('submissionId', 'submissionId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('bench-raw-put: open failed'));
  }));

async function rawPost(url: string, request: PreparedRequest): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: request.key },
      body: request.body,
      signal: AbortSignal.timeout(15_000),
      cache: 'no-store',
    });
    await response.json().catch(() => undefined); // the engine reads and parses every answer too
    return String(response.status);
  } catch {
    return 'error';
  }
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

    stopSync: async () => {
      services.sync.stop();
      await services.sync.idle();
    },
    timeEnqueue: async ({ photos, photoBytes }) => {
      const files = benchFiles(photos, photoBytes);
      const answers = benchAnswers(`Trần Thị ${++sequence}`);
      const started = performance.now();
      const { request, attachments } = await buildSubmission(services, procedure, answers, 'vi', files);
      const sealed = performance.now();
      await services.outbox.enqueue(request, attachments);
      const committed = performance.now();
      // The journal copy finishes off the receipt path; wait for it so it cannot slow the next pair.
      await services.outbox.journalIdle();
      const journaled = performance.now();
      return {
        totalMs: committed - started,
        sealMs: sealed - started,
        writeMs: committed - sealed,
        journalMs: journaled - sealed,
        bytes: attachments.reduce((sum, a) => sum + a.blob.size, 0),
      };
    },
    timeRawPut: async ({ photos, photoBytes }) => {
      const db = await openRawDatabase();
      const files = benchFiles(photos, photoBytes + GCM_TAG_BYTES);
      const id = crypto.randomUUID();
      const answers = benchAnswers(`Lê Văn ${++sequence}`);
      const started = performance.now();
      // Blobs made inside the clock, as buildSubmission makes its ciphertext blobs inside ours.
      const blobs = files.map((f) => new Blob([f.bytes], { type: 'application/octet-stream' }));
      const blobbed = performance.now();
      const tx = db.transaction(['submissions', 'attachments'], 'readwrite', { durability: 'strict' });
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('bench-raw-put: transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('bench-raw-put: transaction aborted'));
      });
      tx.objectStore('submissions').put({
        id,
        receiptCode: id,
        procedureId: procedure.id,
        procedureVersion: procedure.version,
        state: 'queued',
        createdAt: Date.now(),
        attempts: 0,
        nextAttemptAt: 0,
        request: {
          answers,
          attachments: files.map(({ id, contentType, label }) => ({ id, contentType, label })),
        },
        attachmentCount: files.length,
        payloadBytes: blobs.reduce((sum, b) => sum + b.size, 0),
      });
      const attachments = tx.objectStore('attachments');
      files.forEach((f, i) =>
        attachments.put({
          key: `${id}/${f.id}`,
          submissionId: id,
          attachmentId: f.id,
          blob: blobs[i],
          size: blobs[i]?.size ?? 0,
          uploadedOffset: 0,
          complete: false,
        }),
      );
      await done;
      const committed = performance.now();
      return {
        totalMs: committed - started,
        blobMs: blobbed - started,
        writeMs: committed - blobbed,
        bytes: blobs.reduce((sum, b) => sum + b.size, 0),
      };
    },
    queueWithoutSync: async (count, { photos, photoBytes }) => {
      await services.sync.idle(); // the start-up pass is over; nothing wakes the engine until its timer
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const answers = benchAnswers(`Phạm Văn ${++sequence}`);
        const files = benchFiles(photos, photoBytes);
        const { request, attachments } = await buildSubmission(services, procedure, answers, 'vi', files);
        await services.outbox.enqueue(request, attachments);
        ids.push(request.submissionId);
      }
      return ids;
    },
    queuedRequests: async (ids) => {
      const requests: PreparedRequest[] = [];
      for (const id of ids) {
        const record = await services.outbox.get(id);
        if (!record?.request) throw new Error(`queuedRequests: ${id} has no stored request`);
        // What CityApiClient.postSubmission sends: JSON.stringify of the stored request.
        requests.push({ key: record.request.submissionId, body: JSON.stringify(record.request) });
      }
      return requests;
    },
    timeDrain: async () => {
      const started = performance.now();
      services.sync.kick();
      await services.sync.idle();
      const ms = performance.now() - started;
      return { ms, counts: await services.outbox.counts() };
    },
    timeRawPosts: async (requests, concurrency): Promise<RawPostTiming> => {
      const url = services.config.cityApiUrl + API_PATHS.submissions;
      const statuses: Record<string, number> = {};
      let next = 0;
      const worker = async () => {
        for (let i = next++; i < requests.length; i = next++) {
          const request = requests[i];
          if (!request) continue;
          const status = await rawPost(url, request);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      };
      const started = performance.now();
      await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, worker));
      return { ms: performance.now() - started, statuses };
    },
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
