/**
 * The bytes of attachment uploads, one file per attachment:
 * `<dataDir>/attachments/<submissionId>/<attachmentId>.bin` (the encrypted blob as
 * uploaded). The *offset* lives in city.sqlite and is the only truth: a chunk is
 * written (after truncating the file to the committed offset) and fsynced first,
 * then the new offset is committed to the database (its atomic rename is the
 * commit point). A crash in between leaves bytes past the committed offset, which
 * are never read and are cut off by the next write, so a restarted sandbox resumes
 * exactly at the offset it last acknowledged. Kept out of sql.js on purpose: the
 * whole database is rewritten on every commit, which must stay small.
 */
import {
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

export const ATTACHMENTS_DIR_NAME = 'attachments';

/** Only what the contract's id patterns allow (UUID, `[a-z0-9-]`), so ids can never climb out of the directory. */
const SAFE_NAME = /^[A-Za-z0-9-]{1,64}$/;

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort (not supported on Windows) */
  }
}

export class AttachmentFiles {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, ATTACHMENTS_DIR_NAME);
  }

  fileOf(submissionId: string, attachmentId: string): string {
    if (!SAFE_NAME.test(submissionId) || !SAFE_NAME.test(attachmentId)) {
      throw new Error(`Unsafe attachment path ${submissionId}/${attachmentId}`);
    }
    return path.join(this.dir, submissionId, `${attachmentId}.bin`);
  }

  /** Makes the file exactly `offset` bytes of what it held, then `bytes`, durable on disk. */
  writeAt(submissionId: string, attachmentId: string, offset: number, bytes: Uint8Array): void {
    const file = this.fileOf(submissionId, attachmentId);
    const parent = path.dirname(file);
    mkdirSync(parent, { recursive: true });
    const fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o600);
    try {
      ftruncateSync(fd, offset);
      let written = 0;
      while (written < bytes.length) {
        written += writeSync(fd, bytes, written, bytes.length - written, offset + written);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (offset === 0) fsyncDir(parent);
  }

  /** The first `length` bytes (the committed part). */
  read(submissionId: string, attachmentId: string, length: number): Buffer {
    const out = Buffer.alloc(length);
    const fd = openSync(this.fileOf(submissionId, attachmentId), 'r');
    try {
      let read = 0;
      while (read < length) {
        const n = readSync(fd, out, read, length - read, read);
        if (n === 0)
          throw new Error(`Attachment file ${submissionId}/${attachmentId} is shorter than ${length}`);
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    return out;
  }

  remove(submissionId: string, attachmentId: string): void {
    rmSync(this.fileOf(submissionId, attachmentId), { force: true });
  }
}
