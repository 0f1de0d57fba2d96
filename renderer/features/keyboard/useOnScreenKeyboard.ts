import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent as ReactFocusEvent,
} from 'react';
import type { InputMethod } from '../../../shared/text/vietnamese-input';
import type { KeyboardLayout } from './keyboard-layouts';
import type { OnScreenKeyboardProps } from './OnScreenKeyboard';

/**
 * Binds the on-screen keyboard to one text field (see the comment at the top of
 * OnScreenKeyboard.tsx). Returns props for the <input> and for <OnScreenKeyboard>, and whether the
 * keyboard is open. The keyboard opens when the field is focused or tapped and closes on "Xong",
 * on close(), or when another field takes the focus (that field opens its own). Tapping a button
 * elsewhere, such as Continue, keeps it open, so nothing moves under the resident's finger.
 */
export function useOnScreenKeyboard({
  value,
  onChange,
  layout = 'text',
  onDone,
  method,
  onMethodChange,
}: {
  value: string;
  onChange: (value: string) => void;
  layout?: KeyboardLayout;
  /** After "Xong" has stored the NFC text and closed the keyboard. */
  onDone?: (committed: string) => void;
  method?: InputMethod;
  onMethodChange?: (method: InputMethod) => void;
}) {
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const keyboardId = useId();

  useEffect(() => {
    if (!open) return;
    // Keep the field in sight above the docked keyboard. (jsdom has no scrollIntoView.)
    input.current?.scrollIntoView?.({ block: 'center' });
    // Another field taking the focus opens its own keyboard, so this one steps aside, even if
    // the resident tapped a button (Continue, a date's month) in between.
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
      if (typing && target !== input.current) setOpen(false);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [open]);

  const keyboardProps: OnScreenKeyboardProps = {
    id: keyboardId,
    value,
    onChange,
    layout,
    docked: true,
    method,
    onMethodChange,
    onDone: (committed) => {
      onChange(committed);
      setOpen(false);
      onDone?.(committed);
    },
  };

  return {
    open,
    close: () => setOpen(false),
    keyboardProps,
    inputProps: {
      ref: input,
      value,
      // No system keyboard: Chromium on a touch screen would otherwise pop up its own.
      inputMode: 'none' as const,
      autoComplete: 'off',
      autoCapitalize: 'off',
      autoCorrect: 'off',
      spellCheck: false,
      'aria-controls': open ? keyboardId : undefined,
      onFocus: () => setOpen(true),
      onClick: () => setOpen(true),
      // A physical keyboard still works, for staff and tests.
      onChange: (event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value),
      onBlur: (event: ReactFocusEvent<HTMLInputElement>) => {
        const text = event.target.value;
        if (text.normalize('NFC') !== text) onChange(text.normalize('NFC'));
      },
      // The engine types at the end of the text, so the caret stays there.
      onSelect: (event: { currentTarget: HTMLInputElement }) => {
        const field = event.currentTarget;
        // type="email" has no selection API: selectionStart is null and setSelectionRange throws.
        if (field.selectionStart === null) return;
        const end = field.value.length;
        if (field.selectionStart !== end || field.selectionEnd !== end) field.setSelectionRange(end, end);
      },
    },
  };
}
