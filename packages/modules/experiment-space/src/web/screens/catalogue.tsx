import { Card, PageHeading } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { Catalogue } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { LocalText } from '../parts/local-text.js';
import { PhotoView } from '../parts/photo.js';
import { OpeningHoursList, ResourceBadges } from '../parts/resource-facts.js';
import { paths } from '../paths.js';
import { useSpace } from '../use-space.js';

/** `/experimentierraum`: the library's equipment and rooms, and a way to its courses. */
export default function CatalogueScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const catalogue = useResource(() => space.api.get<Catalogue>('/'), []);
  return (
    <div className="experiment-space">
      <PageHeading lead={t('catalogue.lead')}>{t('title')}</PageHeading>
      <Loaded resource={catalogue} space={space}>
        {(data) => (
          <>
            <section aria-labelledby="experiment-space-resources">
              <h2 id="experiment-space-resources">{t('catalogue.resources')}</h2>
              {data.resources.length ? (
                <ul className="city-grid">
                  {data.resources.map((resource) => (
                    <Card
                      key={resource.id}
                      as="li"
                      headingLevel={3}
                      title={
                        <Link to={paths.resource(resource.id)}>
                          <LocalText value={resource.name} space={space} />
                        </Link>
                      }
                    >
                      {resource.photo ? (
                        <PhotoView photo={resource.photo} space={space} place="card" />
                      ) : null}
                      <p>
                        {t(`kind.${resource.kind}`)}
                        {text(resource.description) ? (
                          <>
                            {' · '}
                            <LocalText value={resource.description} space={space} />
                          </>
                        ) : null}
                      </p>
                      <ResourceBadges resource={resource} space={space} />
                    </Card>
                  ))}
                </ul>
              ) : (
                <p>{t('catalogue.noResources')}</p>
              )}
            </section>
            <section aria-labelledby="experiment-space-courses">
              <h2 id="experiment-space-courses">{t('catalogue.courses')}</h2>
              <p>
                {t(
                  data.courses.length === 1 ? 'catalogue.coursesLeadOne' : 'catalogue.coursesLead',
                  {
                    count: data.courses.length,
                  },
                )}{' '}
                <Link to={paths.courses}>{t('catalogue.toCourses')}</Link>
              </p>
            </section>
            <section aria-labelledby="experiment-space-library">
              <h2 id="experiment-space-library">{data.library.name}</h2>
              {data.library.address ? (
                <p className="experiment-space-address">
                  {data.library.address.split('\n').map((line, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: address lines have no identity
                    <span key={index}>
                      {index ? <br /> : null}
                      {line}
                    </span>
                  ))}
                </p>
              ) : null}
              {data.library.email || data.library.phone ? (
                <p>
                  {data.library.email ? (
                    <a href={`mailto:${data.library.email}`}>{data.library.email}</a>
                  ) : null}
                  {data.library.email && data.library.phone ? ' · ' : null}
                  {data.library.phone ? (
                    <a href={`tel:${data.library.phone.replace(/\s/g, '')}`}>
                      {data.library.phone}
                    </a>
                  ) : null}
                </p>
              ) : null}
              <h3>{t('facts.openingHours')}</h3>
              <OpeningHoursList hours={data.library.openingHours} space={space} />
              <p>{t('catalogue.privacy', { days: data.anonymiseAfterDays })}</p>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
