import { PageHeading } from '@city-app/ui';
import { Link, Loaded } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import { type ComponentType, useState } from 'react';
import type { Submitted } from '../../api/public-report.js';
import { useDevice } from '../device/use-device.js';
import { useTownMap, WhereMap } from '../map/town-maps.js';
import { useCategories } from '../parts/categories.js';
import type { WhereMapProps } from '../parts/map-slot.js';
import { useReports } from '../parts/use-reports.js';
import { paths } from '../paths.js';
import { ReportForm } from '../report-form/report-form.js';
import { Sent } from '../report-form/sent.js';

interface SentReport {
  submitted: Submitted;
  email: string | null;
  pushed: boolean;
}

/**
 * `/maengelmelder/melden`: report a defect in three steps on one page — nothing is lost going
 * back and forth, a screen reader finds each step by its heading, and the error summary covers
 * them all — then its number and what happens next.
 */
export default function NewReportScreen(_props: ScreenProps) {
  // A map to pick the place when the town has one; the address field always.
  return <NewReportView WhereMap={useTownMap() ? WhereMap : undefined} />;
}

/** The screen, with a map beside the "where" step when one is handed in. */
export function NewReportView({ WhereMap }: { WhereMap?: ComponentType<WhereMapProps> }) {
  const ctx = useReports();
  const { t, api, locale, town } = ctx;
  const categories = useCategories(ctx);
  const device = useDevice(api, t, locale);
  const [sent, setSent] = useState<SentReport | null>(null);
  // A fresh form after "Noch einen Mangel melden".
  const [round, setRound] = useState(0);
  return (
    <>
      <p>
        <Link to={paths.screens}>{t('reports.new.back')}</Link>
      </p>
      <PageHeading lead={sent ? undefined : t('reports.new.lead', { town })}>
        {t('reports.new.title')}
      </PageHeading>
      {sent ? (
        <Sent
          submitted={sent.submitted}
          email={sent.email}
          pushed={sent.pushed}
          device={device}
          t={t}
          onAnother={() => {
            setSent(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <Loaded resource={categories} staff={ctx}>
          {(items) => (
            <ReportForm
              key={round}
              categories={items}
              device={device}
              ctx={ctx}
              WhereMap={WhereMap}
              onSent={(submitted, draft, installationId) => {
                if (installationId) device.refresh(installationId);
                setSent({
                  submitted,
                  email: draft.email.trim() || null,
                  pushed: !!installationId,
                });
              }}
            />
          )}
        </Loaded>
      )}
    </>
  );
}
