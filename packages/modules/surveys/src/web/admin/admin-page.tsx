import { StaffPage } from '@city-app/web';
import type { ReactNode } from 'react';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';

/** A staff screen of the surveys module: its one heading and the navigation between them. */
export function AdminPage({
  staff,
  section,
  title,
  children,
}: {
  staff: Staff;
  /** The section marked current in the navigation (none on one survey). */
  section: 'list' | 'new' | null;
  title: string;
  children: ReactNode;
}) {
  const { t } = staff;
  return (
    <StaffPage
      staff={staff}
      title={title}
      navLabel={t('surveys.staff.nav.label')}
      sections={[
        { to: adminPaths.list, word: t('surveys.staff.nav.surveys'), current: section === 'list' },
        { to: adminPaths.new, word: t('surveys.staff.nav.new'), current: section === 'new' },
      ]}
    >
      {children}
    </StaffPage>
  );
}
