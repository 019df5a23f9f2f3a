import type { ReactNode } from 'react';
import { adminMessages } from '../../i18n/admin-messages.js';
import { useMessages } from '../../i18n/use-messages.js';
import { SHELL_PAGES } from '../../router/match.js';
import { Link } from '../../router/router.js';

/** One entry of the staff navigation: a kernel screen or a module's staff area. */
export interface StaffSection {
  path: string;
  title: string;
}

/**
 * The staff area's frame: a navigation of the sections the signed-in member may open (the
 * overview first), beside the screen. It is drawn from the list it is given, so a new
 * kernel screen or module appears here by being added to that list.
 */
export function StaffLayout({
  sections,
  children,
}: {
  sections: readonly StaffSection[];
  children: ReactNode;
}) {
  const t = useMessages(adminMessages);
  return (
    <div className="city-staff">
      <nav className="city-staff__nav" aria-label={t('admin.nav')}>
        <ul className="city-staff__sections">
          <li>
            <Link to={SHELL_PAGES.admin} current="exact">
              {t('admin.overview')}
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.path}>
              <Link to={section.path} current="section">
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="city-staff__screen">{children}</div>
    </div>
  );
}
