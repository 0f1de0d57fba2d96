/**
 * The sandbox city's fleet records in `<dataDir>/fleet.sqlite` (sql.js), apart
 * from city.sqlite: enrolment tokens, kiosks and their credentials (hashed),
 * heartbeats and staff audit events. Every write is one transaction made durable
 * before it returns (atomic file replace); if the file cannot be written, the
 * database is reloaded from the last good file, so memory and disk never disagree.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { writeFileAtomic } from './atomic-file';
import { loadSqlJs, runInTransaction, type Statement } from './store';

export const FLEET_DB_FILE_NAME = 'fleet.sqlite';
const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS enrolment_tokens (
    token_sha256 TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    created_at TEXT NOT NULL,
    kiosk_id TEXT,          -- bound at first enrolment
    consumed_at TEXT        -- set when a credential it gave is first used
  );
  CREATE TABLE IF NOT EXISTS kiosks (
    kiosk_id TEXT PRIMARY KEY,
    ward_code TEXT NOT NULL,
    app_version TEXT NOT NULL,
    enrolled_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS credentials (
    credential_sha256 TEXT PRIMARY KEY,
    credential_id TEXT NOT NULL UNIQUE,
    kiosk_id TEXT NOT NULL,
    token_sha256 TEXT,
    issued_at TEXT NOT NULL,
    first_used_at TEXT,
    revoked_at TEXT
  );
  CREATE TABLE IF NOT EXISTS heartbeats (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    body_json TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS heartbeats_by_kiosk ON heartbeats (kiosk_id, id);
  CREATE TABLE IF NOT EXISTS audit_events (
    event_id TEXT PRIMARY KEY,
    kiosk_id TEXT NOT NULL,
    credential_id TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    body_json TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
`;

export type Row = Record<string, SqlValue>;
export type { Statement };

export class FleetDb {
  readonly file: string;
  readonly #SQL: SqlJsStatic;
  #db: Database;

  private constructor(file: string, SQL: SqlJsStatic, db: Database) {
    this.file = file;
    this.#SQL = SQL;
    this.#db = db;
  }

  static async open(dataDir: string): Promise<FleetDb> {
    const SQL = await loadSqlJs();
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, FLEET_DB_FILE_NAME);
    const existed = existsSync(file);
    const db = existed ? new SQL.Database(readFileSync(file)) : new SQL.Database();
    try {
      const version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
      if (version > SCHEMA_VERSION) throw new Error(`schema version ${version} is newer than this sandbox`);
      db.exec(SCHEMA);
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    } catch (error) {
      db.close();
      throw new Error(`Cannot open ${file}: ${(error as Error).message}`, { cause: error });
    }
    const fleet = new FleetDb(file, SQL, db);
    if (!existed) writeFileAtomic(file, db.export());
    return fleet;
  }

  select(sql: string, params: SqlValue[] = []): Row[] {
    const statement = this.#db.prepare(sql, params);
    try {
      const rows: Row[] = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.free();
    }
  }

  /** One transaction, durable before it returns. */
  write(statements: readonly Statement[]): void {
    runInTransaction(this.#db, statements);
    try {
      writeFileAtomic(this.file, this.#db.export());
    } catch (error) {
      this.#reload();
      throw error;
    }
  }

  /** Back to what is on disk (the last durable state). */
  #reload(): void {
    const previous = this.#db;
    this.#db = new this.#SQL.Database(readFileSync(this.file));
    previous.close();
  }

  close(): void {
    this.#db.close();
  }
}
