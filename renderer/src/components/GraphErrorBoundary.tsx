import { Component, type ReactNode } from 'react';

interface Props {
  /** What shows instead of the graph, with a way to try again. */
  fallback: (message: string, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** A failure while drawing the graph stays in the graph's panel: the rest of the page goes on. */
export class GraphErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('The graph failed to render', error);
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error.message, () => this.setState({ error: null }));
    return this.props.children;
  }
}
