import { Button } from '@city-app/ui';
import {
  Component,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
} from 'react';
import type { Lazy } from '../module.js';

// biome-ignore lint/suspicious/noExplicitAny: one cache for loaders of any props; typed again on the way out
type AnyComponent = ComponentType<any>;
const cache = new WeakMap<object, LazyExoticComponent<AnyComponent>>();
/** Components whose code has already arrived: rendered at once, without a Suspense round. */
const loaded = new WeakMap<object, AnyComponent>();

/**
 * Starts loading a lazy part now; once it has arrived, `lazyComponent` hands out the component
 * itself, so the first render shows it instead of a spinner and a second commit.
 */
export function preloadLazy<P>(loader: Lazy<P>): Promise<void> {
  return loader().then(
    (m) => {
      loaded.set(loader, (m as { default: AnyComponent }).default);
    },
    () => undefined,
  );
}

/** One React.lazy component per loader, so a screen is fetched once and keeps its state. */
export function lazyComponent<P>(loader: Lazy<P>): ComponentType<P> {
  const ready = loaded.get(loader);
  if (ready) return ready as ComponentType<P>;
  let component = cache.get(loader);
  if (!component) {
    component = lazy(loader as () => Promise<{ default: AnyComponent }>);
    cache.set(loader, component);
  }
  return component as unknown as ComponentType<P>;
}

/** Forgets a loader that failed (e.g. offline), so "try again" fetches it anew. */
export function forgetLazy(loader: object): void {
  cache.delete(loader);
  loaded.delete(loader);
}

interface BoundaryProps {
  children: ReactNode;
  message: string;
  retryLabel: string;
  onRetry?: () => void;
}

/** Shows a short message with a retry button when a lazily loaded part cannot be loaded or crashes. */
export class LoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('city-app: a part of the page failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <LoadFailed
        message={this.props.message}
        retryLabel={this.props.retryLabel}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ failed: false });
        }}
      />
    );
  }
}

/** The message for a part of the page that could not be loaded, with "try again". */
export function LoadFailed({
  message,
  retryLabel,
  onRetry,
}: {
  message: string;
  retryLabel: string;
  onRetry(): void;
}) {
  return (
    <div className="city-alert city-alert--error" role="alert">
      <p>{message}</p>
      <Button variant="secondary" onClick={onRetry}>
        {retryLabel}
      </Button>
    </div>
  );
}
