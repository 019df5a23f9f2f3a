import { PageHeading } from '@city-app/ui';
import { Link } from '@city-app/web';
import type { ReactNode } from 'react';
import { paths } from '../paths.js';
import type { Space } from '../use-space.js';

const SECTIONS: Array<[keyof typeof paths.admin, string]> = [
  ['schedule', 'admin.nav.schedule'],
  ['approvals', 'admin.nav.approvals'],
  ['bookings', 'admin.nav.bookings'],
  ['resources', 'admin.nav.resources'],
  ['courses', 'admin.nav.courses'],
  ['briefings', 'admin.nav.briefings'],
  ['quotas', 'admin.nav.quotas'],
];

/** A staff screen: its heading and the navigation between the library's staff screens. */
export function AdminPage({
  space,
  title,
  children,
}: {
  space: Space;
  title: string;
  children: ReactNode;
}) {
  const { t } = space;
  return (
    <div className="experiment-space-admin">
      <PageHeading>{title}</PageHeading>
      <nav aria-label={t('admin.nav.label')}>
        <ul className="experiment-space-admin__nav">
          {SECTIONS.map(([section, key]) => {
            const to = paths.admin[section] as string;
            return (
              <li key={section}>
                <Link to={to} current={section === 'schedule' ? 'exact' : 'section'}>
                  {t(key)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </div>
  );
}
