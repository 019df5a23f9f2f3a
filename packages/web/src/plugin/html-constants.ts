/** The meta tag whose presence tells the shell to register the service worker (built apps only). */
export const SERVICE_WORKER_META = 'city-app-service-worker';
