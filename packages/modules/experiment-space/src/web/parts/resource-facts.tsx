import type { BookerGroup, ResourceDetail, ResourceSummary, WeeklyHours } from '../../api.js';
import type { Space } from '../space.js';
import { PhotoView } from './photo.js';

/** A briefing's name for residents; unknown ones are named by their id. */
export function prerequisiteLabel(id: string, t: Space['t']): string {
  const key = `prerequisite.${id}`;
  const known = t(key);
  return known === `experiment-space.${key}` ? t('prerequisite.other', { id }) : known;
}

export function groupLabel(group: BookerGroup, t: Space['t']): string {
  return t(`group.${group}`);
}

/** "Mo 10:00–18:00, Di …" as a list, one day a line. */
export function OpeningHoursList({ hours, space }: { hours: WeeklyHours[]; space: Space }) {
  const { t } = space;
  if (!hours.length) return <p>{t('facts.noHours')}</p>;
  const byDay = new Map<number, WeeklyHours[]>();
  for (const interval of hours)
    byDay.set(interval.weekday, [...(byDay.get(interval.weekday) ?? []), interval]);
  return (
    <ul className="experiment-space-hours">
      {[...byDay.entries()]
        .sort(([a], [b]) => a - b)
        .map(([weekday, intervals]) => (
          <li key={weekday}>
            {t(`weekday.${weekday}`)}:{' '}
            {intervals
              .map((i) => t('facts.interval', { opens: i.opens, closes: i.closes }))
              .join(', ')}
          </li>
        ))}
    </ul>
  );
}

/**
 * Who may book, whether approval and briefings are needed: the short facts of a resource;
 * on its own page also where it stands.
 */
export function ResourceBadges({
  resource,
  space,
  location,
}: {
  resource: ResourceSummary;
  space: Space;
  location?: string | null;
}) {
  const { t } = space;
  return (
    <dl className="experiment-space-facts">
      {location ? (
        <div>
          <dt>{t('facts.location')}</dt>
          <dd>{location}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('facts.bookableBy')}</dt>
        <dd>{resource.bookableBy.map((group) => groupLabel(group, t)).join(', ')}</dd>
      </div>
      <div>
        <dt>{t('facts.prerequisites')}</dt>
        <dd>
          {resource.prerequisites.length
            ? resource.prerequisites.map((id) => prerequisiteLabel(id, t)).join(', ')
            : t('facts.noPrerequisites')}
        </dd>
      </div>
      <div>
        <dt>{t('facts.approval')}</dt>
        <dd>{resource.approvalRequired ? t('facts.approvalYes') : t('facts.approvalNo')}</dd>
      </div>
    </dl>
  );
}

/** Everything a resident should know before booking: photo, uses, accessibility, rules. */
export function ResourceFacts({ resource, space }: { resource: ResourceDetail; space: Space }) {
  const { t, text } = space;
  const description = text(resource.description);
  const accessibilityNotes = text(resource.accessibility.notes);
  return (
    <div className="experiment-space-resource">
      {resource.photo ? <PhotoView photo={resource.photo} space={space} place="page" /> : null}
      {description ? <p lang={space.lang(resource.description)}>{description}</p> : null}
      {resource.uses.length ? (
        <>
          <h2>{t('facts.uses')}</h2>
          <ul>
            {resource.uses.map((use) => (
              <li key={use.de} lang={space.lang(use)}>
                {text(use)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('facts.accessibility')}</h2>
      <ul>
        {resource.accessibility.stepFree !== undefined ? (
          <li>{resource.accessibility.stepFree ? t('facts.stepFree') : t('facts.notStepFree')}</li>
        ) : null}
        {accessibilityNotes ? (
          <li lang={space.lang(resource.accessibility.notes)}>{accessibilityNotes}</li>
        ) : null}
        {resource.accessibility.stepFree === undefined && !accessibilityNotes ? (
          <li>{t('facts.noAccessibilityInfo')}</li>
        ) : null}
      </ul>
      <h2>{t('facts.heading')}</h2>
      <ResourceBadges resource={resource} space={space} location={resource.location} />
      <h3>{t('facts.openingHours')}</h3>
      <OpeningHoursList hours={resource.openingHours} space={space} />
    </div>
  );
}
