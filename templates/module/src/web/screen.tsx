import { useModule } from '@city-app/web';
import type { Config } from '../config.js';
import { meta } from '../meta.js';
import { useEntries } from './use-entries.js';

/** The module's screen: its heading (an option of the town's) and the entries. */
export default function Screen() {
  const { t, options } = useModule<Config>(meta.id);
  const { list, failed } = useEntries();
  return (
    <section aria-labelledby="{{id}}-heading">
      <h1 id="{{id}}-heading">{options.heading}</h1>
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
