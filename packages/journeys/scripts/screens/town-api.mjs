// The town's HTTP API as the screenshots' seeding uses it: a resident's requests, and a staff
// member's, signed in once (session cookie and CSRF token), as the app's own screens call it.

export class ApiError extends Error {
  constructor(path, status, body) {
    super(`${path}: HTTP ${status} ${body.slice(0, 300)}`);
    this.status = status;
  }
}

async function answer(response, path) {
  if (!response.ok) throw new ApiError(path, response.status, await response.text());
  const type = response.headers.get('content-type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

/** A resident's requests: no session, JSON bodies from the app's own origin. */
export function residentApi(url) {
  return async (path, body, method = body === undefined ? 'GET' : 'POST') =>
    answer(
      await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json', origin: url },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      path,
    );
}

/** Signs in and returns a staff member's requests with the session and its CSRF token. */
export async function staffApi(url, admin) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(admin),
  });
  const { csrfToken } = await answer(login, '/api/auth/login');
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return async (path, body, method = body === undefined ? 'GET' : 'POST') =>
    answer(
      await fetch(`${url}${path}`, {
        method,
        headers: {
          cookie,
          origin: url,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
      path,
    );
}
