/**
 * The sandbox's durable memory: one sql.js (SQLite in wasm) database, written to
 * `<dataDir>/city.sqlite` after every committed write (temp file + fsync +
 * rename), so a killed or restarted sandbox keeps every submission and every
 * idempotency key. Keys never expire: kiosks may stay offline for days
 * (offline-sync-anchors.md (d) 4). Attachment *progress* (offsets, hashes,
 * results) lives here too; the attachment bytes live in files beside it
 * (attachment-files.ts), so this database stays small.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { writeFileAtomic } from './atomic-file';

export const DB_FILE_NAME = 'city.sqlite';
/**
 * 1: clear answers in body_json. 2: sealed submissions (key id, decrypted answers, content key) and
 * attachments. 3: the id of the kiosk credential that delivered each submission.
 */
const SCHEMA_VERSION = 3;

export interface SubmissionRow {
  idempotencyKey: string;
  submissionId: string;
  receiptCode: string;
  procedureId: string;
  procedureVersion: number;
  bodySha256: string;
  /** The validated request body, canonical JSON. */
  bodyJson: string;
  status: number;
  dossierCode: string | null;
  receivedAt: string;
  updatedAt: string;
  /** Which city key sealed it; null for rows stored by a schema-1 sandbox (clear answers in bodyJson). */
  keyId: string | null;
  /** SHA-256 hex of the decrypted SealedContent bytes. */
  payloadSha256: string | null;
  /** The decrypted answers, JSON (the sandbox plays the city, which reads them). */
  answersJson: string | null;
  /** The unwrapped AES-256 key, kept to decrypt attachments once they are complete. */
  contentKey: Uint8Array | null;
  /** The public id of the credential the submission came with (null for rows before schema 3). */
  credentialId: string | null;
}

export interface AttachmentRow {
  idempotencyKey: string;
  attachmentId: string;
  /** Declaration order in the request. */
  position: number;
  /** Bytes of the encrypted blob, as declared. */
  size: number;
  /** SHA-256 hex of the encrypted blob, as declared. */
  sha256: string;
  /** GCM nonce (base64), as declared. */
  iv: string;
  /** From the sealed content. */
  contentType: string | null;
  label: string | null;
  /** Bytes received and committed; uploads resume here. */
  offset: number;
  /** All bytes received and the hash matched. */
  complete: boolean;
  /** Hash matched but the bytes did not decrypt: the kiosk sealed it wrongly. */
  undecryptable: boolean;
  plaintextSha256: string | null;
  plaintextSize: number | null;
}

export type AttachmentProgress = Pick<
  AttachmentRow,
  'offset' | 'complete' | 'undecryptable' | 'plaintextSha256' | 'plaintextSize'
>;

const COLUMNS = [
  ['idempotency_key', 'idempotencyKey'],
  ['submission_id', 'submissionId'],
  ['receipt_code', 'receiptCode'],
  ['procedure_id', 'procedureId'],
  ['procedure_version', 'procedureVersion'],
  ['body_sha256', 'bodySha256'],
  ['body_json', 'bodyJson'],
  ['status', 'status'],
  ['dossier_code', 'dossierCode'],
  ['received_at', 'receivedAt'],
  ['updated_at', 'updatedAt'],
  ['key_id', 'keyId'],
  ['payload_sha256', 'payloadSha256'],
  ['answers_json', 'answersJson'],
  ['content_key', 'contentKey'],
  ['credential_id', 'credentialId'],
] as const satisfies ReadonlyArray<readonly [string, keyof SubmissionRow]>;

const SELECT = `SELECT ${COLUMNS.map(([c]) => c).join(', ')} FROM submissions`;

const ATTACHMENT_COLUMNS = [
  ['idempotency_key', 'idempotencyKey'],
  ['attachment_id', 'attachmentId'],
  ['position', 'position'],
  ['size', 'size'],
  ['sha256', 'sha256'],
  ['iv', 'iv'],
  ['content_type', 'contentType'],
  ['label', 'label'],
  ['offset', 'offset'],
  ['complete', 'complete'],
  ['undecryptable', 'undecryptable'],
  ['plaintext_sha256', 'plaintextSha256'],
  ['plaintext_size', 'plaintextSize'],
] as const satisfies ReadonlyArray<readonly [string, keyof AttachmentRow]>;

const SELECT_ATTACHMENTS = `SELECT ${ATTACHMENT_COLUMNS.map(([c]) => `"${c}"`).join(', ')} FROM attachments`;
const BOOLEAN_COLUMNS = new Set<string>(['complete', 'undecryptable']);

export type Statement = readonly [sql: string, params: SqlValue[]];

/** All or nothing: the statements in one SQLite transaction, rolled back on the first failure. */
export function runInTransaction(db: Database, statements: readonly Statement[]): void {
  db.run('BEGIN');
  try {
    for (const [sql, params] of statements) db.run(sql, params);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

let sqlJs: Promise<SqlJsStatic> | undefined;
/** One wasm instance per process; loaded from node_modules so the sandbox works offline. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
  sqlJs ??= initSqlJs({ locateFile: () => wasmPath });
  return sqlJs;
}

function toRow(values: SqlValue[]): SubmissionRow {
  const row: Record<string, SqlValue> = {};
  COLUMNS.forEach(([, key], i) => (row[key] = values[i] ?? null));
  return row as unknown as SubmissionRow;
}

function toAttachmentRow(values: SqlValue[]): AttachmentRow {
  const row: Record<string, SqlValue | boolean> = {};
  ATTACHMENT_COLUMNS.forEach(([column, key], i) => {
    const value = values[i] ?? null;
    row[key] = BOOLEAN_COLUMNS.has(column) ? value === 1 : value;
  });
  return row as unknown as AttachmentRow;
}

const attachmentValues = (row: AttachmentRow): SqlValue[] =>
  ATTACHMENT_COLUMNS.map(([, key]) => {
    const value = row[key];
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });

export class SubmissionStore {
  readonly file: string;
  readonly #db: Database;

  private constructor(file: string, db: Database) {
    this.file = file;
    this.#db = db;
  }

  /** Opens (or creates) `<dataDir>/city.sqlite`. A corrupt file is an error, never silently replaced. */
  static async open(dataDir: string): Promise<SubmissionStore> {
    const SQL = await loadSqlJs();
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, DB_FILE_NAME);
    // Temp files left by a crash mid-write are incomplete by definition.
    for (const name of readdirSync(dataDir)) {
      if (name.startsWith(`${DB_FILE_NAME}.tmp-`)) rmSync(path.join(dataDir, name), { force: true });
    }
    const existed = existsSync(file);
    const db = existed ? new SQL.Database(readFileSync(file)) : new SQL.Database();
    let migrated: boolean;
    try {
      db.exec(`
        CREATE TABLE IF NOT EXISTS submissions (
          idempotency_key TEXT PRIMARY KEY,
          submission_id TEXT NOT NULL,
          receipt_code TEXT NOT NULL UNIQUE,
          procedure_id TEXT NOT NULL,
          procedure_version INTEGER NOT NULL,
          body_sha256 TEXT NOT NULL,
          body_json TEXT NOT NULL,
          status INTEGER NOT NULL,
          dossier_code TEXT,
          received_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        );
      `);
      const version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
      if (version > SCHEMA_VERSION) throw new Error(`schema version ${version} is newer than this sandbox`);
      migrated = version < SCHEMA_VERSION;
      if (version < 2) {
        // Schema 1 rows (clear answers) stay readable and replayable; the new columns are null for them.
        db.exec(`
          ALTER TABLE submissions ADD COLUMN key_id TEXT;
          ALTER TABLE submissions ADD COLUMN payload_sha256 TEXT;
          ALTER TABLE submissions ADD COLUMN answers_json TEXT;
          ALTER TABLE submissions ADD COLUMN content_key BLOB;
          CREATE TABLE attachments (
            idempotency_key TEXT NOT NULL REFERENCES submissions (idempotency_key),
            attachment_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            iv TEXT NOT NULL,
            content_type TEXT,
            label TEXT,
            "offset" INTEGER NOT NULL DEFAULT 0,
            complete INTEGER NOT NULL DEFAULT 0,
            undecryptable INTEGER NOT NULL DEFAULT 0,
            plaintext_sha256 TEXT,
            plaintext_size INTEGER,
            PRIMARY KEY (idempotency_key, attachment_id)
          );
        `);
      }
      if (version < 3) db.exec('ALTER TABLE submissions ADD COLUMN credential_id TEXT;');
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    } catch (error) {
      db.close();
      throw new Error(`Cannot open ${file}: ${(error as Error).message}`, { cause: error });
    }
    const store = new SubmissionStore(file, db);
    if (!existed || migrated) store.#persist();
    return store;
  }

  #persist(): void {
    writeFileAtomic(this.file, this.#db.export());
  }

  #select<T>(sql: string, params: SqlValue[], map: (values: SqlValue[]) => T): T[] {
    const statement = this.#db.prepare(sql, params);
    try {
      const rows: T[] = [];
      while (statement.step()) rows.push(map(statement.get()));
      return rows;
    } finally {
      statement.free();
    }
  }

  #query(sql: string, params: SqlValue[] = []): SubmissionRow[] {
    return this.#select(sql, params, toRow);
  }

  #runAll(statements: readonly Statement[]): void {
    runInTransaction(this.#db, statements);
  }

  /**
   * Runs one transaction and makes it durable before returning. If the file
   * cannot be written, the in-memory change is undone too, so the caller can
   * answer an error and the kiosk retries (memory and disk never disagree).
   */
  #write(statements: readonly Statement[], undo: readonly Statement[]): void {
    this.#runAll(statements);
    try {
      this.#persist();
    } catch (error) {
      this.#runAll(undo);
      throw error;
    }
  }

  findByKey(idempotencyKey: string): SubmissionRow | undefined {
    return this.#query(`${SELECT} WHERE idempotency_key = ?`, [idempotencyKey])[0];
  }

  findByReceiptCode(receiptCode: string): SubmissionRow | undefined {
    return this.#query(`${SELECT} WHERE receipt_code = ?`, [receiptCode])[0];
  }

  list(): SubmissionRow[] {
    return this.#query(`${SELECT} ORDER BY received_at, rowid`);
  }

  count(): number {
    const result = this.#db.exec('SELECT COUNT(*) FROM submissions');
    return Number(result[0]?.values[0]?.[0] ?? 0);
  }

  /** Stores a submission with its attachment declarations, in one transaction. */
  insert(row: SubmissionRow, attachments: readonly AttachmentRow[] = []): void {
    const key = row.idempotencyKey;
    this.#write(
      [
        [
          `INSERT INTO submissions (${COLUMNS.map(([c]) => c).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
          COLUMNS.map(([, column]) => row[column]),
        ],
        ...attachments.map((attachment): Statement => [
          `INSERT INTO attachments (${ATTACHMENT_COLUMNS.map(([c]) => `"${c}"`).join(', ')}) VALUES (${ATTACHMENT_COLUMNS.map(() => '?').join(', ')})`,
          attachmentValues({ ...attachment, idempotencyKey: key }),
        ]),
      ],
      [
        ['DELETE FROM attachments WHERE idempotency_key = ?', [key]],
        ['DELETE FROM submissions WHERE idempotency_key = ?', [key]],
      ],
    );
  }

  /** A submission's declared attachments, in declaration order. */
  attachmentsOf(idempotencyKey: string): AttachmentRow[] {
    return this.#select(
      `${SELECT_ATTACHMENTS} WHERE idempotency_key = ? ORDER BY position`,
      [idempotencyKey],
      toAttachmentRow,
    );
  }

  findAttachment(idempotencyKey: string, attachmentId: string): AttachmentRow | undefined {
    return this.#select(
      `${SELECT_ATTACHMENTS} WHERE idempotency_key = ? AND attachment_id = ?`,
      [idempotencyKey, attachmentId],
      toAttachmentRow,
    )[0];
  }

  /** Records upload progress durably; returns the updated row. */
  updateAttachment(idempotencyKey: string, attachmentId: string, change: AttachmentProgress): AttachmentRow {
    const before = this.findAttachment(idempotencyKey, attachmentId);
    if (!before) throw new Error(`No attachment ${idempotencyKey}/${attachmentId}`);
    const sql = `UPDATE attachments SET "offset" = ?, complete = ?, undecryptable = ?, plaintext_sha256 = ?, plaintext_size = ?
      WHERE idempotency_key = ? AND attachment_id = ?`;
    const params = (p: AttachmentProgress): SqlValue[] => [
      p.offset,
      p.complete ? 1 : 0,
      p.undecryptable ? 1 : 0,
      p.plaintextSha256,
      p.plaintextSize,
      idempotencyKey,
      attachmentId,
    ];
    this.#write([[sql, params(change)]], [[sql, params(before)]]);
    return { ...before, ...change };
  }

  /** Returns the updated row, or undefined when the receipt code is unknown. */
  updateStatus(
    receiptCode: string,
    change: { status: number; dossierCode?: string | null | undefined; updatedAt: string },
  ): SubmissionRow | undefined {
    const before = this.findByReceiptCode(receiptCode);
    if (!before) return undefined;
    const dossierCode = change.dossierCode === undefined ? before.dossierCode : change.dossierCode;
    const sql = 'UPDATE submissions SET status = ?, dossier_code = ?, updated_at = ? WHERE receipt_code = ?';
    this.#write(
      [[sql, [change.status, dossierCode, change.updatedAt, receiptCode]]],
      [[sql, [before.status, before.dossierCode, before.updatedAt, receiptCode]]],
    );
    return this.findByReceiptCode(receiptCode);
  }

  close(): void {
    this.#db.close();
  }
}
