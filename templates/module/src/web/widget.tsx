import { type HomeWidgetProps, useModule } from '@city-app/web';
import { meta } from '../meta.js';
import type { EntryList } from '../server/routes.js';

/**
 * The home widget: the three newest entries. The shell loads them as the app opens (see
 * index.ts) and draws the card around the widget.
 */
export default function Widget({ data }: HomeWidgetProps<EntryList>) {
  const { t } = useModule(meta.id);
  if (data.items.length === 0) return <p>{t('{{id}}.empty')}</p>;
  return (
    <ul>
      {data.items.slice(0, 3).map((item) => (
        <li key={item.id}>{item.title}</li>
      ))}
    </ul>
  );
}
