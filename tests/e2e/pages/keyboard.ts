// The on-screen keyboard as a resident uses it: taps on keys found by role and accessible name,
// in Vietnamese or English. Text is typed the way a Telex user types it (Nguyễn → N g u y e e n x);
// a letter Telex cannot give (an old-style "Hòa") is held and picked from the accent picker.
import type { Locator, Page } from 'playwright-core';
import { toTelexKeys } from '../../../renderer/features/keyboard/to-telex-keys';
import en from '../../../renderer/i18n/locales/en.json';
import vi from '../../../renderer/i18n/locales/vi.json';

export { toTelexKeys };

/** Longer than the keyboard's 500 ms hold. */
const HOLD_MS = 700;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The name in either language, exactly. */
const named = (pick: (texts: typeof vi.keyboard) => string) =>
  new RegExp(`^(${escapeRegExp(pick(vi.keyboard))}|${escapeRegExp(pick(en.keyboard))})$`);

const NAMES = {
  keyboard: named((k) => k.label),
  numberPad: named((k) => k.numberPad),
  shift: named((k) => k.shift),
  space: named((k) => k.space),
  backspace: named((k) => k.backspace),
  done: named((k) => k.done),
  telex: named((k) => k.telex),
  raw: named((k) => k.rawName),
};

export type KeyboardMethod = 'telex' | 'raw';

/** The open keyboard: the letter keyboard or the number pad. */
export function onScreenKeyboard(page: Page): Locator {
  return page
    .getByRole('group', { name: NAMES.keyboard })
    .or(page.getByRole('group', { name: NAMES.numberPad }));
}

/**
 * Types `text` by tapping keys. With 'telex' (the default) Vietnamese text is typed as Telex keys;
 * with 'raw' every character is tapped as it is (foreign names). On the number pad, digits only.
 */
export async function typeOnKeyboard(
  page: Page,
  text: string,
  method: KeyboardMethod = 'telex',
): Promise<void> {
  const keyboard = onScreenKeyboard(page);
  await keyboard.waitFor();
  if (await page.getByRole('group', { name: NAMES.numberPad }).isVisible()) {
    for (const digit of text) await tapKey(keyboard, digit);
    return;
  }
  const methodKey = keyboard.getByRole('button', { name: method === 'telex' ? NAMES.telex : NAMES.raw });
  if ((await methodKey.getAttribute('aria-pressed')) !== 'true') await methodKey.click();
  const keys = method === 'telex' ? toTelexKeys(text) : text.normalize('NFC');
  for (const key of keys) await typeCharacter(page, keyboard, key);
}

export async function tapDoneOnKeyboard(page: Page): Promise<void> {
  await onScreenKeyboard(page).getByRole('button', { name: NAMES.done }).click();
}

export async function tapBackspaceOnKeyboard(page: Page, times = 1): Promise<void> {
  const key = onScreenKeyboard(page).getByRole('button', { name: NAMES.backspace });
  for (let i = 0; i < times; i++) await key.click();
}

async function typeCharacter(page: Page, keyboard: Locator, character: string): Promise<void> {
  if (character === ' ') return keyboard.getByRole('button', { name: NAMES.space }).click();
  const base = character === 'đ' ? 'd' : character === 'Đ' ? 'D' : (character.normalize('NFD')[0] ?? '');
  if (!/^[a-z]$/i.test(base)) return tapKey(keyboard, character);
  await setShift(keyboard, base !== base.toLowerCase());
  if (base === character) return tapKey(keyboard, character);
  // An accented letter: hold its key, then pick it.
  const box = await key(keyboard, base).boundingBox();
  if (!box) throw new Error(`the key ${base} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(HOLD_MS);
  await page.mouse.up();
  await tapKey(keyboard, character);
}

/** Shift on for a capital, off for a small letter (the keyboard turns it on by itself in names). */
async function setShift(keyboard: Locator, capital: boolean): Promise<void> {
  const shift = keyboard.getByRole('button', { name: NAMES.shift });
  const on = (await shift.getAttribute('data-state')) !== 'off';
  if (on !== capital) await shift.click();
}

const key = (keyboard: Locator, name: string) => keyboard.getByRole('button', { name, exact: true });

async function tapKey(keyboard: Locator, name: string): Promise<void> {
  const found = key(keyboard, name);
  if ((await found.count()) === 0) throw new Error(`no key "${name}" on this keyboard`);
  await found.click();
}
