import { type HomeWidgetProps, Link, useModule } from '@city-app/web';
import type { WasteConfig } from '../../config.js';
import { meta } from '../../meta.js';
import { formatDay, howSoon, today } from '../parts/days.js';
import { TypeLabel } from '../parts/type-label.js';
import { paths } from '../paths.js';
import type { NextPickupData } from './data.js';

const WIDGET_SIZE = 2;

/**
 * "Nächste Abholung" on the home screen: the next two pickups at the chosen street, or an
 * invitation to choose it. The shell draws the card with its title and link around it.
 */
export default function NextPickupWidget({ data }: HomeWidgetProps<NextPickupData>) {
  const { t, locale, options } = useModule<WasteConfig>(meta.id);
  if (!data.chosen) {
    return (
      <p>
        {t('waste.widget.choose')}{' '}
        <Link to={`${paths.screens}/strasse`}>{t('waste.widget.chooseLink')}</Link>
      </p>
    );
  }
  const day = today();
  const types = new Map((options.types ?? []).map((type) => [type.id, type]));
  const next = data.list.pickups
    .filter((p) => p.status === 'scheduled' && p.date >= day && types.has(p.typeId))
    .slice(0, WIDGET_SIZE);
  if (!next.length) return <p>{t('waste.widget.none')}</p>;
  return (
    <ul className="city-stack-list">
      {next.map((pickup) => (
        <li key={`${pickup.date}/${pickup.typeId}`}>
          <p>
            <TypeLabel
              type={types.get(pickup.typeId) as NonNullable<ReturnType<typeof types.get>>}
              locale={locale}
            />
          </p>
          <p>
            <strong>{howSoon(pickup.date, day, t)}</strong>, {formatDay(pickup.date, locale)}
          </p>
        </li>
      ))}
    </ul>
  );
}
