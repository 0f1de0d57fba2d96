// Searches every file of a Chromium profile for strings, in the encodings
// Chromium may use on disk (UTF-8, and UTF-16LE for V8 two-byte strings), to prove
// no personal data was written in clear.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ScanHit {
  needle: string;
  file: string;
  encoding: string;
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

export function scanProfile(
  profileDir: string,
  needles: readonly string[],
): { hits: ScanHit[]; filesScanned: number; bytesScanned: number } {
  const hits: ScanHit[] = [];
  let filesScanned = 0;
  let bytesScanned = 0;
  const patterns = needles.flatMap((needle) =>
    (['utf8', 'utf16le'] as const).flatMap((encoding) =>
      [needle.normalize('NFC'), needle.normalize('NFD')].map((form) => ({
        needle,
        encoding,
        bytes: Buffer.from(form, encoding),
      })),
    ),
  );
  for (const file of files(profileDir)) {
    const content = readFileSync(file);
    filesScanned += 1;
    bytesScanned += statSync(file).size;
    for (const pattern of patterns) {
      if (content.includes(pattern.bytes)) {
        hits.push({
          needle: pattern.needle,
          file: path.relative(profileDir, file),
          encoding: pattern.encoding,
        });
      }
    }
  }
  return { hits, filesScanned, bytesScanned };
}
