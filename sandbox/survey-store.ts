/**
 * The sandbox city's quick surveys: `<dataDir>/surveys.json`, rewritten after
 * every new survey (temp file + fsync + rename), so a restart keeps every survey
 * and every key. Kept apart from city.sqlite on purpose: surveys are anonymous
 * and nothing should invite joining them to submissions.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SurveyRequestSchema, type SurveyRequest } from '../shared/api/city-api';

export const SURVEYS_FILE_NAME = 'surveys.json';

export interface StoredSurvey {
  /** The Idempotency-Key, lower case (= the surveyId). */
  key: string;
  /** SHA-256 hex of the canonical JSON of the validated body. */
  bodySha256: string;
  body: SurveyRequest;
}

const FileSchema = z.strictObject({
  version: z.literal(1),
  surveys: z.array(z.strictObject({ key: z.string(), bodySha256: z.string(), body: SurveyRequestSchema })),
});

function writeFileAtomic(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const bytes = Buffer.from(text, 'utf8');
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

export class SurveyStore {
  readonly file: string;
  readonly #surveys: StoredSurvey[];
  readonly #byKey = new Map<string, StoredSurvey>();

  private constructor(file: string, surveys: StoredSurvey[]) {
    this.file = file;
    this.#surveys = surveys;
    for (const survey of surveys) this.#byKey.set(survey.key, survey);
  }

  /** Opens (or starts) `<dataDir>/surveys.json`. A corrupt file is an error, never silently replaced. */
  static open(dataDir: string): SurveyStore {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, SURVEYS_FILE_NAME);
    if (!existsSync(file)) return new SurveyStore(file, []);
    try {
      return new SurveyStore(file, FileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).surveys);
    } catch (error) {
      throw new Error(`Cannot open ${file}: ${(error as Error).message}`, { cause: error });
    }
  }

  find(key: string): StoredSurvey | undefined {
    return this.#byKey.get(key);
  }

  /** In arrival order. */
  list(): readonly StoredSurvey[] {
    return this.#surveys;
  }

  /** Durable before it returns; if the file cannot be written, the survey is not kept in memory either. */
  insert(survey: StoredSurvey): void {
    this.#surveys.push(survey);
    try {
      writeFileAtomic(this.file, JSON.stringify({ version: 1, surveys: this.#surveys }));
    } catch (error) {
      this.#surveys.pop();
      throw error;
    }
    this.#byKey.set(survey.key, survey);
  }
}
