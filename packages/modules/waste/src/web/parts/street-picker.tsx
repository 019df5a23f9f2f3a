import { Button, Status, TextField } from '@city-app/ui';
import { isApiError, useModule } from '@city-app/web';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { WasteLocation } from '../../api/pickups.js';
import { meta } from '../../meta.js';

const MIN_LENGTH = 2;
/** Wait for a pause in typing before asking the server. */
const TYPING_PAUSE_MS = 300;

type Search =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'done'; locations: WasteLocation[] }
  | { state: 'failed'; message: string };

/**
 * Choosing the street: a labelled search field and the matches as a list of buttons, so it
 * works with the keyboard, a screen reader and at any text size without a custom combobox.
 * The number of matches is announced in a live region. A street split between tours appears
 * once per house-number range, a village as an area.
 */
export function StreetPicker({ onChoose }: { onChoose(location: WasteLocation): void }) {
  const { t, api } = useModule(meta.id);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [tooShort, setTooShort] = useState(false);
  const asked = useRef(0);
  const resultsId = useId();

  async function run(text: string) {
    const mine = ++asked.current;
    setSearch({ state: 'searching' });
    try {
      const { locations } = await api.get<{ locations: WasteLocation[] }>(
        `/api/waste/locations?q=${encodeURIComponent(text)}`,
      );
      if (mine === asked.current) setSearch({ state: 'done', locations });
    } catch (error) {
      if (mine !== asked.current) return;
      // The server's own words where it refused; never the browser's for a lost connection.
      const refused = isApiError(error) && error.status >= 400 && error.status < 500;
      setSearch({
        state: 'failed',
        message: refused ? `${error.message} ${error.hint ?? ''}`.trim() : t('waste.failed'),
      });
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: searches again only when the text changes
  useEffect(() => {
    const text = q.trim();
    if (text.length < MIN_LENGTH) return;
    const timer = setTimeout(() => void run(text), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = q.trim();
    setTooShort(text.length < MIN_LENGTH);
    if (text.length >= MIN_LENGTH) void run(text);
  }

  const locations = search.state === 'done' ? search.locations : [];
  return (
    <div>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('waste.location.search')}
          description={t('waste.location.searchHint')}
          error={tooShort ? t('waste.location.tooShort') : null}
          type="search"
          name="q"
          autoComplete="off"
          maxLength={80}
          value={q}
          aria-controls={resultsId}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setTooShort(false);
          }}
        />
        <Button type="submit" variant="secondary" busy={search.state === 'searching'}>
          {t('waste.location.submit')}
        </Button>
      </form>
      <Status>
        {search.state === 'done'
          ? locations.length
            ? t('waste.location.results', { count: locations.length })
            : t('waste.location.noResults')
          : null}
        {search.state === 'failed' ? search.message : null}
      </Status>
      <ul id={resultsId} className="city-link-list" aria-label={t('waste.location.heading')}>
        {locations.map((location) => (
          <li key={location.id}>
            <Button
              type="button"
              variant="link"
              aria-label={t('waste.location.choose', { label: location.label })}
              onClick={() => onChoose(location)}
            >
              {location.label}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
