import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Last line of defence for a rendering bug: log it (no personal data, only the
 * error's name) and offer a fresh start instead of a blank screen. Queued
 * submissions live in the outbox, so nothing already submitted is lost.
 */
export class ErrorBoundary extends Component<
  { fallback: (restart: () => void) => ReactNode; onError: (name: string) => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError(error.name);
  }

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}
