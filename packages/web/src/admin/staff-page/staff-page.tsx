import { PageHeading } from '@city-app/ui';
import type { ReactNode } from 'react';
import { StaffLink } from '../../router/staff-link.js';

/** One of a module's staff sections, as a tab under the screen's heading. */
export interface StaffSectionLink {
  to: string;
  word: string;
  /** The section the screen belongs to: marked as the current page. */
  current: boolean;
}

/**
 * A module's staff screen: its one heading, then the navigation between the module's staff
 * sections (a list of links, the current one marked in words for screen readers and in
 * colour), then the screen's content.
 */
export function StaffPage({
  staff,
  title,
  navLabel,
  sections,
  children,
}: {
  staff: { navigate(path: string): void };
  title: string;
  /** Names the navigation ("Bereiche der Veranstaltungen"). */
  navLabel: string;
  sections: readonly StaffSectionLink[];
  children: ReactNode;
}) {
  return (
    <div className="city-staff-page">
      <PageHeading>{title}</PageHeading>
      <nav aria-label={navLabel}>
        <ul className="city-staff-page__nav">
          {sections.map((section) => (
            <li key={section.to}>
              <StaffLink staff={staff} to={section.to} current={section.current}>
                {section.word}
              </StaffLink>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
