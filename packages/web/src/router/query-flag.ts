import { useEffect, useState } from 'react';
import { useRouter } from './router.js';

/**
 * A flag in the address meant for one arrival (`?veroeffentlicht` after staff publish): true
 * for as long as the screen stays, and taken out of the address at once, so that a reload, a
 * bookmark or a copied link does not announce it again.
 */
export function useQueryFlag(name: string): boolean {
  const { location, navigate } = useRouter();
  const [flag] = useState(() => new URLSearchParams(location.search).has(name));
  useEffect(() => {
    const query = new URLSearchParams(location.search);
    if (!query.has(name)) return;
    query.delete(name);
    const rest = query.toString();
    navigate(`${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`, { replace: true });
  }, [location, name, navigate]);
  return flag;
}
