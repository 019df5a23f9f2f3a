import { StaffPage } from '@city-app/web';
import type { ReactNode } from 'react';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';

export type AdminSection = 'inbox' | 'templates' | 'apiKeys';

const SECTIONS: AdminSection[] = ['inbox', 'templates', 'apiKeys'];

/** A staff screen of the defect reports: its one heading and the navigation between them. */
export function AdminPage({
  staff,
  section,
  title,
  children,
}: {
  staff: Staff;
  /** The section the screen belongs to, marked as current (none on a report's page). */
  section: AdminSection | null;
  title: string;
  children: ReactNode;
}) {
  const { t } = staff;
  return (
    <StaffPage
      staff={staff}
      title={title}
      navLabel={t('reports.staff.nav.label')}
      sections={SECTIONS.map((key) => ({
        to: adminPaths[key],
        word: t(`reports.staff.nav.${key}`),
        current: key === section,
      }))}
    >
      {children}
    </StaffPage>
  );
}
