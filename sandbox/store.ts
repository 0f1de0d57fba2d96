/**
 * The sandbox's durable memory: one sql.js (SQLite in wasm) database, written to
 * `<dataDir>/city.sqlite` after every committed write (temp file + fsync +
 * rename), so a killed or restarted sandbox keeps every submission and every
 * idempotency key. Keys never expire: kiosks may stay offline for days
 * (offline-sync-anchors.md (d) 4).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';

export const DB_FILE_NAME = 'city.sqlite';
const SCHEMA_VERSION = 1;

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
}

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
] as const satisfies ReadonlyArray<readonly [string, keyof SubmissionRow]>;

const SELECT = `SELECT ${COLUMNS.map(([c]) => c).join(', ')} FROM submissions`;

let sqlJs: Promise<SqlJsStatic> | undefined;
/** One wasm instance per process; loaded from node_modules so the sandbox works offline. */
function loadSqlJs(): Promise<SqlJsStatic> {
  const wasmPath = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
  sqlJs ??= initSqlJs({ locateFile: () => wasmPath });
  return sqlJs;
}

function toRow(values: SqlValue[]): SubmissionRow {
  const row: Record<string, SqlValue> = {};
  COLUMNS.forEach(([, key], i) => (row[key] = values[i] ?? null));
  return row as unknown as SubmissionRow;
}

/** Writes bytes so that a crash leaves either the old file or the new one, never half of each. */
function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  // fsync the directory so the rename itself survives a power cut (not supported on Windows).
  try {
    const dirFd = openSync(path.dirname(file), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    /* best effort */
  }
}

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
    const db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
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
        PRAGMA user_version = ${SCHEMA_VERSION};
      `);
    } catch (error) {
      db.close();
      throw new Error(`Cannot open ${file}: ${(error as Error).message}`, { cause: error });
    }
    const store = new SubmissionStore(file, db);
    if (!existsSync(file)) store.#persist();
    return store;
  }

  #persist(): void {
    writeFileAtomic(this.file, this.#db.export());
  }

  #query(sql: string, params: SqlValue[] = []): SubmissionRow[] {
    const statement = this.#db.prepare(sql, params);
    try {
      const rows: SubmissionRow[] = [];
      while (statement.step()) rows.push(toRow(statement.get()));
      return rows;
    } finally {
      statement.free();
    }
  }

  /**
   * Runs one write and makes it durable before returning. If the file cannot be
   * written, the in-memory change is undone too, so the caller can answer an
   * error and the kiosk retries (memory and disk never disagree).
   */
  #write(sql: string, params: SqlValue[], undo: () => void): void {
    this.#db.run(sql, params);
    try {
      this.#persist();
    } catch (error) {
      undo();
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

  insert(row: SubmissionRow): void {
    this.#write(
      `INSERT INTO submissions (${COLUMNS.map(([c]) => c).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
      COLUMNS.map(([, key]) => row[key]),
      () => this.#db.run('DELETE FROM submissions WHERE idempotency_key = ?', [row.idempotencyKey]),
    );
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
    this.#write(sql, [change.status, dossierCode, change.updatedAt, receiptCode], () =>
      this.#db.run(sql, [before.status, before.dossierCode, before.updatedAt, receiptCode]),
    );
    return this.findByReceiptCode(receiptCode);
  }

  close(): void {
    this.#db.close();
  }
}
