import { buttonClassName, Card } from '@city-app/ui';
import { Link, useResource } from '@city-app/web';
import type { ScreenProps } from '@city-app/web/module';
import type { StaffResource } from '../../api.js';
import { Loaded } from '../parts/load-state.js';
import { ResourceBadges } from '../parts/resource-facts.js';
import { paths } from '../paths.js';
import { useSpace } from '../use-space.js';
import { AdminPage } from './admin-page.js';

/** `/admin/experimentierraum/ressourcen`: every resource, inactive ones too. */
export default function ResourcesScreen(_props: ScreenProps) {
  const space = useSpace();
  const { t, text } = space;
  const resources = useResource(() => space.api.get<StaffResource[]>('/staff/resources'), []);
  return (
    <AdminPage space={space} title={t('admin.resources.title')}>
      <p>
        <Link to={paths.admin.newResource} className={buttonClassName('primary')}>
          {t('admin.resources.new')}
        </Link>
      </p>
      <Loaded resource={resources} space={space}>
        {(data) =>
          data.length ? (
            <ul className="city-grid">
              {data.map((resource) => (
                <Card
                  key={resource.id}
                  as="li"
                  title={<Link to={paths.admin.resource(resource.id)}>{text(resource.name)}</Link>}
                >
                  <p>
                    {t(`kind.${resource.kind}`)} ·{' '}
                    {resource.active ? t('admin.resources.active') : t('admin.resources.inactive')}
                  </p>
                  <ResourceBadges resource={resource} space={space} />
                </Card>
              ))}
            </ul>
          ) : (
            <p>{t('catalogue.noResources')}</p>
          )
        }
      </Loaded>
    </AdminPage>
  );
}
