import { useCity } from '@city-app/web';
import { useEntries } from './use-entries.js';

/** The home widget: the three newest entries. The shell draws the card around it. */
export default function Widget() {
  const { t } = useCity();
  const { list } = useEntries();
  if (!list) return null;
  if (list.items.length === 0) return <p>{t('{{id}}.empty')}</p>;
  return (
    <ul>
      {list.items.slice(0, 3).map((item) => (
        <li key={item.id}>{item.title}</li>
      ))}
    </ul>
  );
}
