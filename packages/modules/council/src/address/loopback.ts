/**
 * Whether a host name is this machine. Such an address may use plain http: a test server or a
 * mirror of the council system on the same host, where nothing travels over a network.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
