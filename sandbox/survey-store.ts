/**
 * The sandbox city's quick surveys: `<dataDir>/surveys.json`, rewritten after
 * every new survey (temp file + fsync + rename), so a restart keeps every survey
 * and every key. Kept apart from city.sqlite on purpose: surveys are anonymous
 * and nothing should invite joining them to submissions.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SurveyRequestSchema, type SurveyRequest } from '../shared/api/city-api';
import { writeFileAtomic } from './atomic-file';

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
