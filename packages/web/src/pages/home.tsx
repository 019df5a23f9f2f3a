import { localize } from '@city-app/core';
import { Card, PageHeading, Spinner } from '@city-app/ui';
import { type ReactNode, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { useCity, useShell } from '../app/context.js';
import {
  type AnyWidget,
  isDataWidget,
  loadWidgetData,
  takeStartData,
  type WidgetData,
  widgetData,
} from '../app/home-data.js';
import { forgetLazy, LoadBoundary, LoadFailed, lazyComponent } from '../app/lazy.js';
import { TownLogo } from '../app/town-logo.js';
import type { Lazy, WebModule } from '../module.js';
import { Link, useRouter } from '../router/router.js';

/** The widget's code, loaded on demand, with "try again" when it cannot be loaded. */
function WidgetCode<P extends object>({ loader, props }: { loader: Lazy<P>; props: P }) {
  const { t } = useCity();
  const [attempt, setAttempt] = useState(0);
  const Content = lazyComponent(loader);
  return (
    <LoadBoundary
      key={attempt}
      message={t('page.loadFailed')}
      retryLabel={t('page.retry')}
      onRetry={() => {
        forgetLazy(loader);
        setAttempt((n) => n + 1);
      }}
    >
      <Suspense fallback={<Spinner />}>
        <Content {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * A widget's data as the shell loads it: what is known at once (loaded as the app opened, or
 * on an earlier visit), refreshed on every later visit to the home screen.
 */
function useWidgetData(widget: AnyWidget) {
  const { api } = useCity();
  const [data, setData] = useState<WidgetData | undefined>(() => widgetData(widget));
  const [attempt, setAttempt] = useState(0);
  // A new `attempt` ("try again") asks again.
  useEffect(() => {
    if (attempt === 0 && takeStartData(widget)) return;
    let current = true;
    loadWidgetData(widget, api).then(() => {
      if (current) setData(widgetData(widget));
    });
    return () => {
      current = false;
    };
  }, [widget, api, attempt]);
  const retry = () => {
    setData(undefined);
    setAttempt((n) => n + 1);
  };
  return { data, retry };
}

/** A widget whose data the shell loads: its loading state, "try again", or the widget. */
function DataWidget({ widget }: { widget: AnyWidget }) {
  const { t } = useCity();
  const { data, retry } = useWidgetData(widget);
  if (!data) return <Spinner />;
  if (data.state === 'failed')
    return (
      <LoadFailed message={t('page.loadFailed')} retryLabel={t('page.retry')} onRetry={retry} />
    );
  return <WidgetCode loader={widget.component} props={{ data: data.data }} />;
}

/**
 * The card of a widget that often has nothing to show (`shows`): drawn only once its data
 * shows something, so the home screen has no empty box, no spinner and no error for it.
 */
function OptionalCard({
  widget,
  card,
}: {
  widget: AnyWidget;
  card: (content: ReactNode) => ReactNode;
}) {
  const { data } = useWidgetData(widget);
  if (data?.state !== 'ready' || !widget.shows?.(data.data)) return null;
  return card(<WidgetCode loader={widget.component} props={{ data: data.data }} />);
}

/** A module's widget: one whose data the shell loads, or one that loads what it shows itself. */
function Widget({ widget }: { widget: NonNullable<WebModule['homeWidget']> }) {
  if (isDataWidget(widget)) return <DataWidget widget={widget} />;
  return <WidgetCode loader={widget} props={{}} />;
}

/**
 * Shows its content one task after the screen around it was drawn. On the app's first screen
 * each widget gets a task of its own: a slow phone then draws the page in several short tasks
 * instead of one long one, and can answer a tap in between.
 */
function InNextTask({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  // A layout effect starts the timer in the task that drew the frame, not after the next paint.
  useLayoutEffect(() => {
    const timer = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return shown ? children : null;
}

/**
 * A module's card on the home screen: its widget (or description) and a link to its screens.
 * A widget's card keeps the room its module declares (`usualHeight`) until the widget is
 * drawn (styles: `.city-home-widget`), so the cards below do not jump when it arrives; then it
 * is as tall as its content. A description is drawn with the card and needs no room kept.
 */
function ModuleCard({ module, inTasks }: { module: WebModule; inTasks: boolean }) {
  const { t, city, locale } = useCity();
  const title = localize(module.manifest.title, locale);
  const widget = module.homeWidget;
  const dataWidget = widget && isDataWidget(widget) ? widget : undefined;
  const heading = dataWidget?.title;
  const hasScreen = module.routes.some((r) => r.path === '' || r.path === '/');
  const card = (content: ReactNode) => (
    <Card
      as="li"
      className={
        widget
          ? `city-home-widget city-home-widget--${dataWidget?.usualHeight ?? 'short'}`
          : undefined
      }
      title={heading ? localize(heading, locale).replaceAll('{town}', city.town.name) : title}
      footer={
        hasScreen ? <Link to={module.manifest.path}>{t('home.more', { title })}</Link> : undefined
      }
    >
      {widget && inTasks ? <InNextTask>{content}</InNextTask> : content}
    </Card>
  );
  if (!widget) return card(<p>{localize(module.manifest.description, locale)}</p>);
  if (dataWidget?.shows) return <OptionalCard widget={dataWidget} card={card} />;
  return card(<Widget widget={widget} />);
}

/**
 * "Alles auf einen Blick": one card per enabled module, its widget loaded on demand; none for a
 * widget whose data shows nothing (`shows`).
 */
export function HomePage() {
  const { t, city } = useCity();
  const { modules, startInTasks } = useShell();
  const { kind } = useRouter();
  // Only the screen the app opened on; a later visit to the home screen draws it at once.
  const inTasks = startInTasks && kind === 'initial';
  return (
    <>
      <div className="city-home-intro">
        <TownLogo className="city-home-intro__logo" />
        <PageHeading lead={t('home.lead', { town: city.town.name })}>{t('home.title')}</PageHeading>
      </div>
      {modules.length ? (
        <ul className="city-grid city-home-widgets">
          {modules.map((module) => (
            <ModuleCard key={module.manifest.id} module={module} inTasks={inTasks} />
          ))}
        </ul>
      ) : (
        <p>{t('home.empty')}</p>
      )}
    </>
  );
}
