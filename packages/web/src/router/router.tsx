import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

/**
 * A small History API router: `navigate()` pushes an entry, the back button pops one, and
 * after each change the shell moves focus to the new page's heading, sets the document
 * title and restores (or resets) the scroll position.
 */
export interface Location {
  pathname: string;
  search: string;
  hash: string;
  /** Identifies the history entry, for scroll restoration. */
  key: string;
}

export type NavigationKind = 'initial' | 'push' | 'pop';

interface RouterValue {
  location: Location;
  /** How the current location was reached; the first render is `initial`. */
  kind: NavigationKind;
  /**
   * `replace`: the entry on screen gets the new address instead of a new entry after it; the
   * page stays as it is (no focus move, no scroll), for an address that said something once.
   */
  navigate(to: string, options?: { replace?: boolean }): void;
  /** The path before the last navigation, e.g. for "which page is this feedback about". */
  previousPath: string | null;
  /** Scroll position saved for the current entry when it was left. */
  savedScroll(): number | undefined;
}

const RouterContext = createContext<RouterValue | null>(null);
const SCROLL_KEY = 'city-app:scroll';

function newKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

function readLocation(): Location {
  const state = window.history.state as { key?: string } | null;
  return {
    pathname: window.location.pathname,
    search: window.location.search,
    hash: window.location.hash,
    key: state?.key ?? 'initial',
  };
}

function locationOf(url: string): Location {
  const parsed = new URL(url, 'http://localhost');
  return { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash, key: 'initial' };
}

function loadScrollPositions(): Record<string, number> {
  try {
    return JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? '{}') as Record<string, number>;
  } catch {
    return {};
  }
}

/** The router restores scroll positions itself (from memory and sessionStorage), not the browser. */
function manualScrollRestoration(): void {
  if ('scrollRestoration' in window.history && window.history.scrollRestoration !== 'manual') {
    window.history.scrollRestoration = 'manual';
  }
}

/** `url` sets the location where there is no browser (server rendering, tests). */
export function RouterProvider({ children, url }: { children: ReactNode; url?: string }) {
  const [state, setState] = useState<{
    location: Location;
    kind: NavigationKind;
    previousPath: string | null;
    /** On a pop: the position saved for the entry, taken as the pop happened (see onPop). */
    savedScroll?: number;
  }>(() => ({
    location: typeof window === 'undefined' || url ? locationOf(url ?? '/') : readLocation(),
    kind: 'initial',
    previousPath: null,
  }));
  // Scroll positions per history entry, read from sessionStorage only when first needed: the
  // first storage access of a page waits for the browser, and the first screen does not need it.
  const scroll = useRef<Record<string, number> | undefined>(undefined);
  const positions = useCallback(() => {
    scroll.current ??= loadScrollPositions();
    return scroll.current;
  }, []);
  // The entry on screen. Its position is taken as the resident leaves it (a navigation, a pop,
  // the page hidden or left), not from scroll events: those fire a frame late, after a
  // navigation right behind a scroll, and while the next screen loads the browser scrolls the
  // shorter page up, so either would file a position under the wrong entry.
  const shown = useRef(state.location.key);
  const leave = useCallback(() => {
    positions()[shown.current] = window.scrollY;
  }, [positions]);

  useEffect(() => {
    // At once, not later: a history entry made before it would keep the browser's own
    // restoration, which then races the router's.
    manualScrollRestoration();
    // The entry the app opened on keeps its state: without a key it reads as 'initial' (see
    // readLocation), and writing that key into it would cost a `replaceState` (7–12 ms measured)
    // in the first task after the first screen.
    const store = () => {
      leave();
      try {
        sessionStorage.setItem(SCROLL_KEY, JSON.stringify(positions()));
      } catch {
        // Private mode or a full storage: scroll restoration is a nicety.
      }
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') store();
    };
    const onPop = () => {
      // The browser has moved to the entry already; the page still shows the one left.
      leave();
      const location = readLocation();
      shown.current = location.key;
      const savedScroll = positions()[location.key];
      setState((previous) => ({
        location,
        kind: 'pop',
        previousPath: previous.location.pathname,
        savedScroll,
      }));
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('pagehide', store);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('pagehide', store);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [positions, leave]);

  const navigate = useCallback(
    (to: string, options: { replace?: boolean } = {}) => {
      const url = new URL(to, window.location.href);
      if (url.origin !== window.location.origin) {
        window.location.assign(url.href);
        return;
      }
      const target = `${url.pathname}${url.search}${url.hash}`;
      manualScrollRestoration();
      if (options.replace) {
        // The entry on screen takes another address (a query that has done its work) and stays
        // the same entry: same key, so no arrival (focus, scroll) and no second back step.
        window.history.replaceState({ key: shown.current }, '', target);
        setState((previous) => ({ ...previous, location: readLocation() }));
        return;
      }
      const key = newKey();
      leave();
      window.history.pushState({ key }, '', target);
      shown.current = key;
      setState((previous) => ({
        location: readLocation(),
        kind: 'push',
        previousPath: previous.location.pathname,
      }));
    },
    [leave],
  );

  const value = useMemo<RouterValue>(() => {
    const { savedScroll, ...current } = state;
    return { ...current, navigate, savedScroll: () => savedScroll };
  }, [state, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router)
    throw new Error('useRouter() needs <RouterProvider> around it; createCityWeb() sets it up.');
  return router;
}

/** Whether a click should stay in the app rather than be left to the browser. */
export function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
  /** Mark the link as the current page when the path matches it (`exact`) or starts with it (`section`). */
  current?: 'exact' | 'section';
}

/** A real `<a href>` that navigates inside the app on a plain click. */
export function Link({ to, current, onClick, target, children, ...rest }: LinkProps) {
  const { navigate, location } = useRouter();
  const path = to.split(/[?#]/)[0] ?? to;
  const isCurrent =
    current === 'exact'
      ? location.pathname === path
      : current === 'section'
        ? location.pathname === path || location.pathname.startsWith(`${path.replace(/\/$/, '')}/`)
        : false;
  return (
    <a
      {...rest}
      href={to}
      target={target}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={(event) => {
        onClick?.(event);
        if (!target && isPlainLeftClick(event) && to.startsWith('/')) {
          event.preventDefault();
          navigate(to);
        }
      }}
    >
      {children}
    </a>
  );
}

/** The tab title for a page: its heading, then the app's name (the name alone on the home screen). */
export function pageTitle(heading: Element | null | undefined, appName: string): string {
  const text = heading?.textContent?.trim();
  return text && text !== appName ? `${text} – ${appName}` : appName;
}

/**
 * Runs after a page's content has rendered (place it inside the page's Suspense boundary, keyed
 * by location): sets the title from the page's `h1`, moves focus there after an in-app
 * navigation, and restores or resets the scroll position. Screens that render their heading
 * later (after loading data) are followed for a few seconds.
 */
export function PageArrival({ appName }: { appName: string }) {
  const { kind, location, savedScroll } = useRouter();

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per arrival; the parent keys this component by location
  useEffect(() => {
    const main = document.getElementById('main');
    if (kind === 'pop') window.scrollTo(0, savedScroll() ?? 0);
    else if (kind === 'push') {
      const anchor = location.hash
        ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
        : null;
      if (anchor) anchor.scrollIntoView();
      else window.scrollTo(0, 0);
    }
    const arrive = (heading: HTMLElement) => {
      document.title = pageTitle(heading, appName);
      if (
        kind !== 'initial' &&
        (document.activeElement === document.body ||
          document.activeElement === main ||
          !document.activeElement)
      ) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
    };
    if (kind !== 'initial') main?.focus({ preventScroll: true });
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading) {
      arrive(heading);
      return undefined;
    }
    document.title = appName;
    if (!main || typeof MutationObserver === 'undefined') return undefined;
    const observer = new MutationObserver(() => {
      const late = main.querySelector<HTMLElement>('h1');
      if (late) {
        observer.disconnect();
        arrive(late);
      }
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
  return null;
}
