// The 18:00 wave: phones opening the home screen and then one module screen, the screens in
// turn. Most phones have opened the app before: their service worker answers the hashed script
// and stylesheet from its cache without asking, and asks for the page and every API answer it
// kept with the ETag it got (`If-None-Match`); an unchanged answer costs the server a 304
// without a body. `returning` is the share of such phones, spread evenly over the wave.

const HEADERS = { 'accept-language': 'de', 'accept-encoding': 'br, gzip' };

/** The ETag each route answers with now (as a returning phone kept it), by path. */
export async function validatorsOf(base, routes) {
  const tags = new Map();
  for (const { path } of routes) {
    const res = await fetch(base + path, { headers: HEADERS });
    await res.arrayBuffer();
    const tag = res.headers.get('etag');
    if (res.ok && tag) tags.set(path, tag);
  }
  return tags;
}

/** Whether phone `i` has the app already: `fraction` of the phones, evenly spread. */
const isReturning = (i, fraction) => Math.floor((i + 1) * fraction) > Math.floor(i * fraction);

/**
 * The wave as one sequence of requests that all connections take in turn, at the rate that
 * sends `phones` phones within `seconds`. `routes.home` are the home screen's requests,
 * `routes.assets` those of them a service worker keeps, `tags` the validators by path.
 */
export function waveScenario(routes, { phones, seconds, returning }, tags) {
  const assets = new Set(routes.assets.map((r) => r.path));
  const requestsOf = (phone) => {
    const screen = routes.screens[phone % routes.screens.length];
    const asked = [...routes.home, screen];
    if (!isReturning(phone, returning)) return asked;
    return asked
      .filter((r) => !assets.has(r.path))
      .map((r) =>
        tags.has(r.path) ? { ...r, headers: { 'if-none-match': tags.get(r.path) } } : r,
      );
  };
  // Enough phones that every screen meets new and returning phones in their shares.
  const cycle = routes.screens.length * 20;
  const sequence = Array.from({ length: Math.min(phones, cycle) }, (_, i) => requestsOf(i)).flat();
  let amount = 0;
  for (let i = 0; i < phones; i++) amount += requestsOf(i % cycle).length;
  const rate = Math.max(1, Math.round(amount / seconds));
  const names = new Map([...routes.home, ...routes.screens].map((r) => [r.name, r]));
  // A connection per request a second: each sends one a second, so the phones keep arriving
  // on time while answers take up to a second (fewer connections would wait for slow answers
  // and spread the wave out). autocannon gives a connection no limit at all below 1 a second.
  return {
    routes: [...names.values()],
    sequence,
    amount,
    rate,
    connections: Math.min(rate, phones, 1000),
  };
}
