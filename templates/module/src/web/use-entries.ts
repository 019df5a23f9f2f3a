import { useModule } from '@city-app/web';
import { useEffect, useState } from 'react';
import { meta } from '../meta.js';
import type { EntryList } from '../server/routes.js';

/** The entries from `/api/{{id}}`; `null` while loading. */
export function useEntries(): { list: EntryList | null; failed: boolean } {
  const { api } = useModule(meta.id);
  const [list, setList] = useState<EntryList | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    api.get<EntryList>('/api/{{id}}').then(
      (data) => current && setList(data),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return { list, failed };
}
