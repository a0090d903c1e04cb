import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Heading of the fallback, naming what failed. */
  title: string;
}

interface State {
  error: Error | null;
}

/**
 * Shows what went wrong instead of a blank page when a view throws while rendering,
 * and lets the user try again (re-rendering the children from scratch).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert">
        <h2>{this.props.title}</h2>
        <p>Something went wrong while showing this part of the page.</p>
        <pre className="error-boundary__detail">{error.message}</pre>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
