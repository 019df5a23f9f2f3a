import { PageHeading } from '@city-app/ui';
import { StaffLink } from '@city-app/web';
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
    <div className="waste-admin">
      <PageHeading>{title}</PageHeading>
      <nav aria-label={t('waste.admin.nav.label')}>
        <ul className="waste-admin__nav">
          {SECTIONS.map((key) => (
            <li key={key}>
              <StaffLink staff={staff} to={adminPaths[key]} current={key === section}>
                {t(`waste.admin.nav.${key}`)}
              </StaffLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
