import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AttractScreenContext, useReportAttractScreen } from './attract-screen-context';

function Screen({ onAttract }: { onAttract: boolean }) {
  useReportAttractScreen(onAttract);
  return null;
}

describe('useReportAttractScreen', () => {
  it('reports each change between the attract screen and a session', () => {
    const report = vi.fn();
    const { rerender } = render(
      <AttractScreenContext.Provider value={report}>
        <Screen onAttract />
      </AttractScreenContext.Provider>,
    );
    for (const onAttract of [false, false, true]) {
      rerender(
        <AttractScreenContext.Provider value={report}>
          <Screen onAttract={onAttract} />
        </AttractScreenContext.Provider>,
      );
    }
    expect(report.mock.calls).toEqual([[true], [false], [true]]);
  });

  it('does nothing without a provider (Electron, or the service worker off)', () => {
    expect(() => render(<Screen onAttract />)).not.toThrow();
  });
});
