import { useCity } from '@city-app/web';
import { useEntries } from './use-entries.js';

/** The module's screen: a heading and the entries. */
export default function Screen() {
  const { t } = useCity();
  const { list, failed } = useEntries();
  return (
    <section aria-labelledby="{{id}}-heading">
      <h1 id="{{id}}-heading">{list?.heading ?? t('{{id}}.title')}</h1>
      {failed ? <p role="alert">{t('{{id}}.empty')}</p> : null}
      {list && list.items.length === 0 ? <p>{t('{{id}}.empty')}</p> : null}
      <ul>
        {list?.items.map((item) => (
          <li key={item.id}>{item.title}</li>
        ))}
      </ul>
    </section>
  );
}
