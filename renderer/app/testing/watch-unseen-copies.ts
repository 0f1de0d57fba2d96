export interface UnseenCopy {
  element: HTMLElement;
  /** Its markup when it was added: it is removed again before the test can look at it. */
  html: string;
}

/**
 * Every layer paintUnseen (app/paint-unseen.tsx) adds to the page, in order; `onAdded` may change
 * the page as each one appears (a resident touching the screen mid-way).
 */
export function watchUnseenCopies(onAdded: (count: number) => void = () => undefined) {
  const copies: UnseenCopy[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true') {
          copies.push({ element: node, html: node.outerHTML });
          onAdded(copies.length);
        }
  });
  observer.observe(document.body, { childList: true });
  return { copies, stop: () => observer.disconnect() };
}
