// Makes the provisioning file's `staffPinHash` from a ward staff PIN (npm run staff-pin-hash).
// The PIN is read from the terminal without echo (or from the first line of piped input), never
// from the command line, where it would stay in the shell's history and the process list.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hashStaffPin } from '../electron/services/staff-pin';
import {
  DEFAULT_PIN_HASH_ITERATIONS,
  MAX_PIN_HASH_ITERATIONS,
  MIN_PIN_HASH_ITERATIONS,
} from '../shared/staff/pin-hash-format';
import { STAFF_PIN_MAX_DIGITS, STAFF_PIN_MIN_DIGITS, StaffPinSchema } from '../shared/staff/staff-unlock';

const USAGE = `Usage: npm run staff-pin-hash [-- --iterations N]

Asks for the PIN (${STAFF_PIN_MIN_DIGITS}–${STAFF_PIN_MAX_DIGITS} digits) twice and prints the value for the
provisioning file's "staffPinHash". Piped input: the first line is the PIN.
--iterations  PBKDF2 rounds, ${MIN_PIN_HASH_ITERATIONS}–${MAX_PIN_HASH_ITERATIONS} (default ${DEFAULT_PIN_HASH_ITERATIONS})`;

/** One line from a terminal with echo off: digits are read key by key and never shown. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') return done(new Error('cancelled'));
        if (char === '\r' || char === '\n') return done();
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

async function readPin(): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const pin = await askHidden(`Staff PIN (${STAFF_PIN_MIN_DIGITS}–${STAFF_PIN_MAX_DIGITS} digits): `);
  if ((await askHidden('Again: ')) !== pin) throw new Error('the two PINs differ');
  return pin;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { iterations: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const iterations = Number(values.iterations ?? DEFAULT_PIN_HASH_ITERATIONS);
  if (
    !Number.isInteger(iterations) ||
    iterations < MIN_PIN_HASH_ITERATIONS ||
    iterations > MAX_PIN_HASH_ITERATIONS
  ) {
    throw new Error(
      `--iterations must be a whole number from ${MIN_PIN_HASH_ITERATIONS} to ${MAX_PIN_HASH_ITERATIONS}`,
    );
  }
  const pin = await readPin();
  if (!StaffPinSchema.safeParse(pin).success) {
    throw new Error(
      `the PIN must be ${STAFF_PIN_MIN_DIGITS}–${STAFF_PIN_MAX_DIGITS} digits (0–9), nothing else`,
    );
  }
  // Only the hash goes to stdout, so `npm run --silent staff-pin-hash > file` captures just it.
  console.log(await hashStaffPin(pin, { iterations }));
}

main().catch((error: unknown) => {
  console.error(`staff-pin-hash: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exitCode = 1;
});
