import { StaffPage } from '@city-app/web';
import type { ReactNode } from 'react';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';

export type AdminSection = 'overview' | 'import' | 'mappings' | 'sources' | 'locations';

const SECTIONS: AdminSection[] = ['overview', 'import', 'mappings', 'sources', 'locations'];

/** A staff screen: its heading and the navigation between the waste calendar's staff screens. */
export function AdminPage({
  staff,
  section,
  title,
  children,
}: {
  staff: Staff;
  /** The section the screen belongs to, marked as current in the navigation. */
  section: AdminSection;
  title: string;
  children: ReactNode;
}) {
  const { t } = staff;
  return (
    <StaffPage
      staff={staff}
      title={title}
      navLabel={t('waste.admin.nav.label')}
      sections={SECTIONS.map((key) => ({
        to: adminPaths[key],
        word: t(`waste.admin.nav.${key}`),
        current: key === section,
      }))}
    >
      {children}
    </StaffPage>
  );
}
