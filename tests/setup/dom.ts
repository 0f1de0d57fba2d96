// Shared setup for renderer component tests (jsdom).
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach } from 'vitest';

// jsdom's Blob cannot pass through structured clone, so fake-indexeddb would store it as {}.
// Node's Blob can, which is what real IndexedDB does with a browser Blob.
globalThis.Blob = NodeBlob as unknown as typeof Blob;
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
});
