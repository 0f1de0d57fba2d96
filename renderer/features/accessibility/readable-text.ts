/**
 * What "Đọc to" reads: the screen's own words (headings, questions, hints, options, messages),
 * never what the resident typed or chose as an answer. Form controls are never read, and neither
 * is anything inside a `<dd>` (the value slot where answers are shown back) or inside an element
 * marked `data-read-aloud="off"`. A feature marks extra readable text with `data-read-aloud`
 * (or `="on"`); the nearest mark wins, so a marked part of a `<dd>` is read.
 */
export interface SpeechSegment {
  readonly text: string;
  /** The language of this text: the nearest `lang` inside the screen, else the screen's language. */
  readonly lang: string;
}

/** Elements whose words are read as one piece. */
const BLOCKS =
  'h1, h2, h3, h4, h5, h6, p, li, legend, label, dt, figcaption, caption, th, td, [data-read-aloud]:not([data-read-aloud="off"])';
/** Never read, nor anything inside, whatever the marks say. */
const NEVER =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [aria-hidden="true"], [hidden], script, style, template';
/** Inside a block, these are read by their accessible name only (a tile: "Có em bé 3 thủ tục"). */
const CONTROLS = 'button, a[href], [role="button"]';
/** A long list of options (54 ethnic groups) is not read out one by one. */
export const MAX_OPTIONS_READ = 8;

export function readableSegments(root: Element, lang: string): SpeechSegment[] {
  const langOf = (node: Node): string => {
    for (
      let el = node instanceof Element ? node : node.parentElement;
      el && el !== root;
      el = el.parentElement
    ) {
      const own = el.getAttribute('lang');
      if (own) return own;
    }
    return root.getAttribute('lang') || lang;
  };
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (block) => readable(root, block) && !insideReadableBlock(root, block) && !longOptionList(block),
  );
  return blocks.flatMap((block) => {
    const pieces: SpeechSegment[] = [];
    const push = (text: string, pieceLang: string) => {
      const last = pieces.at(-1);
      if (last && last.lang === pieceLang)
        pieces[pieces.length - 1] = { text: last.text + text, lang: pieceLang };
      else pieces.push({ text, lang: pieceLang });
    };
    const label = block.getAttribute('aria-label');
    const controls = [...block.querySelectorAll(CONTROLS)].filter((c) => readable(root, c));
    if (label) push(label, langOf(block));
    else if (controls.length > 0) for (const c of controls) push(` ${accessibleName(c)}. `, langOf(c));
    else walkText(block, (text, node) => push(text, langOf(node)));
    return pieces.map((p) => ({ text: sentence(p.text), lang: p.lang })).filter((p) => p.text !== '');
  });
}

/** Collapsed spaces and a closing stop, so a heading and the hint under it are not run together. */
function sentence(text: string): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,:;!?)])/g, '$1')
    .replace(/\.\./g, '.')
    .trim();
  return clean === '' || /[.!?:;…]$/.test(clean) ? clean : `${clean}.`;
}

/** `on`/`off` from the nearest `data-read-aloud` mark; a `<dd>` without a nearer mark is `off`. */
function nearestMark(root: Element, element: Element): 'on' | 'off' | null {
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    const mark = el.getAttribute('data-read-aloud');
    if (mark !== null) return mark === 'off' ? 'off' : 'on';
    if (el.matches('dd')) return 'off';
  }
  return null;
}

function readable(root: Element, element: Element): boolean {
  if (element.closest(NEVER) || nearestMark(root, element) === 'off') return false;
  const visible = (element as HTMLElement).checkVisibility as (() => boolean) | undefined;
  return typeof visible === 'function' ? visible.call(element) : true;
}

function insideReadableBlock(root: Element, block: Element): boolean {
  for (let el = block.parentElement; el && el !== root; el = el.parentElement)
    if (el.matches(BLOCKS) && readable(root, el)) return true;
  return false;
}

function longOptionList(block: Element): boolean {
  if (!block.matches('label') || !block.querySelector('input[type="radio"], input[type="checkbox"]'))
    return false;
  const group = block.closest('fieldset, [role="radiogroup"], [role="group"]');
  return (
    group !== null &&
    group.querySelectorAll('input[type="radio"], input[type="checkbox"]').length > MAX_OPTIONS_READ
  );
}

function accessibleName(control: Element): string {
  const label = control.getAttribute('aria-label');
  if (label !== null) return label;
  let text = '';
  walkText(control, (piece) => (text += piece));
  return text;
}

/** The block's own words, skipping what is never read, `<dd>` values and parts marked off. */
function walkText(block: Element, visit: (text: string, node: Node) => void): void {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (!(node instanceof Element)) return NodeFilter.FILTER_ACCEPT;
      const mark = node.getAttribute('data-read-aloud');
      const off = node.matches(NEVER) || mark === 'off' || (mark === null && node.matches('dd'));
      return off ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Elements are word boundaries: "Có em bé" and "3 thủ tục" in two spans stay two words.
    const boundary = node.previousSibling instanceof Element || node.parentElement !== block ? ' ' : '';
    visit(`${boundary}${node.textContent ?? ''}`, node);
  }
}
