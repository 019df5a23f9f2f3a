import { buttonClassName, PageHeading } from '@city-app/ui';
import { Link, useRouter } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { ComponentType } from 'react';
import { useDevice } from '../device/use-device.js';
import { readFilters } from '../list/filters.js';
import { MyReports } from '../list/my-reports.js';
import { PublicList } from '../list/public-list.js';
import { ListMap, useTownMap } from '../map/town-maps.js';
import { useCategories } from '../parts/categories.js';
import type { ListMapProps } from '../parts/map-slot.js';
import { useReports } from '../parts/use-reports.js';
import { paths } from '../paths.js';

/**
 * `/maengelmelder`: "Mangel melden" first, then this device's reports when it has any, then
 * the public list. Its filters and page are the address's query.
 */
export default function StartScreen(_props: ScreenProps) {
  // The map beside the list when the town has one (tiles and a centre); the list always.
  return <StartView ListMap={useTownMap() ? ListMap : undefined} />;
}

/** The screen, with a map beside the public list when one is handed in. */
export function StartView({ ListMap }: { ListMap?: ComponentType<ListMapProps> }) {
  const ctx = useReports();
  const { t, api, locale, town } = ctx;
  const { location } = useRouter();
  const categories = useCategories(ctx);
  const device = useDevice(api, t, locale);
  return (
    <>
      <PageHeading lead={t('reports.lead', { town })}>{t('reports.title')}</PageHeading>
      <p>
        <Link to={paths.report} className={buttonClassName('primary')}>
          {t('reports.start.report')}
        </Link>
      </p>
      <p>{t('reports.start.reportHint')}</p>
      <MyReports reports={device.reports} categories={categories} ctx={ctx} />
      <PublicList
        filters={readFilters(location.search)}
        categories={categories}
        ctx={ctx}
        ListMap={ListMap}
      />
    </>
  );
}
