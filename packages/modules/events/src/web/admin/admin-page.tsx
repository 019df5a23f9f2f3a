import { StaffPage } from '@city-app/web';
import type { ReactNode } from 'react';
import { adminPaths } from './paths.js';
import type { Staff } from './staff.js';

export type AdminSection = 'events' | 'newEvent' | 'review' | 'venues' | 'sources' | 'organisers';

const SECTIONS: AdminSection[] = [
  'events',
  'newEvent',
  'review',
  'venues',
  'sources',
  'organisers',
];
const NAV_WORDS = {
  events: 'events',
  newEvent: 'new',
  venues: 'venues',
  sources: 'sources',
  review: 'review',
  organisers: 'organisers',
} as const;

/** A staff screen of the events module: its one heading and the navigation between them. */
export function AdminPage({
  staff,
  section,
  title,
  children,
}: {
  staff: Staff;
  /** The section the screen belongs to, marked as current in the navigation (none on an event). */
  section: AdminSection | null;
  title: string;
  children: ReactNode;
}) {
  const { t } = staff;
  return (
    <StaffPage
      staff={staff}
      title={title}
      navLabel={t('events.staff.nav.label')}
      sections={SECTIONS.map((key) => ({
        to: adminPaths[key],
        word: t(`events.staff.nav.${NAV_WORDS[key]}`),
        current: key === section,
      }))}
    >
      {children}
    </StaffPage>
  );
}
