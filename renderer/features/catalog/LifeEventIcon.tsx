import type { LifeEventIcon as Icon } from '../../../shared/procedures/procedure-schema';

/** Simple line pictograms for the life-event tiles, drawn inline so no font or image is needed. */
const PATHS: Record<Icon, string> = {
  baby: 'M24 8a7 7 0 1 1 0 14 7 7 0 0 1 0-14Zm-9 34c0-8 4-14 9-14s9 6 9 14M21 15h.01M27 15h.01M21.5 18.5c1.5 1 3.5 1 5 0',
  rings: 'M18 18a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm12 0a10 10 0 1 0 0 20 10 10 0 0 0 0-20ZM15 10l3 6 3-6Z',
  candle: 'M18 22h12v18H18ZM13 40h22M24 22v-4M24 6c3 3.5 4.5 6 4.5 8a4.5 4.5 0 0 1-9 0c0-2 1.5-4.5 4.5-8Z',
  house: 'M8 22 24 8l16 14M12 19v21h24V19M20 40V28h8v12',
  shop: 'M8 18h32l-3-9H11ZM8 18c0 3 2 5 5 5s5-2 5-5c0 3 2 5 6 5s6-2 6-5c0 3 2 5 5 5s5-2 5-5M11 23v17h26V23M20 40v-9h8v9',
  school: 'M4 18 24 9l20 9-20 9Zm8 4v10c0 3 6 6 12 6s12-3 12-6V22M44 18v12',
  document: 'M13 6h16l8 8v28H13ZM29 6v8h8M18 22h14M18 28h14M18 34h10',
  // A heart offered on an open hand: support, not money.
  hands:
    'M24 25s-8-4.5-8-10a4 4 0 0 1 8-1.5 4 4 0 0 1 8 1.5c0 5.5-8 10-8 10ZM5 31h7l6 3h8a3 3 0 0 1 0 6h-8m-13 3h24l11-8a3 3 0 0 0-4-4.5L29 35',
  // A surveyed plot with a boundary flag.
  land: 'M4 40h40M8 40l7-13h18l7 13M24 27v13M11.5 33.5h25M30 27V8l9 3.5-9 3.5',
};

export function LifeEventIcon({ icon }: { icon: Icon }) {
  return (
    <svg
      className="tile-icon"
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[icon]} />
    </svg>
  );
}
