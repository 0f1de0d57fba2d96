/** Small pictures beside the words, for residents who read slowly; hidden from assistive technology. */
export function SpeakerIcon() {
  return (
    <svg className="a11y-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
      <path
        d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function StopIcon() {
  return (
    <svg className="a11y-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
    </svg>
  );
}

export function TextSizeIcon() {
  return (
    <svg className="a11y-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M2 19 6.5 7h2L13 19h-2.2l-1-3H5.2l-1 3H2zm3.9-5h3.2L7.5 9.3 5.9 14z" fill="currentColor" />
      <path
        d="M14 19l3.4-9h1.7l3.4 9h-1.9l-.8-2.3h-3.2L15.9 19H14zm3.2-3.9h2.2L18.3 12l-1.1 3.1z"
        fill="currentColor"
      />
    </svg>
  );
}

/** The tick on a chosen option; accessibility.css shows it only when the button is pressed. */
export function TickIcon() {
  return (
    <svg className="a11y-icon a11y-tick" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M4 12.5 9.5 18 20 6.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
