import { useEffect } from 'react';

/**
 * Puts the event's schema.org data into the document's head while its page is shown, so
 * search engines that run the app's script find it, and takes it out when the page is left.
 */
export function useJsonLd(data: Record<string, unknown> | null): void {
  const text = data ? JSON.stringify(data) : null;
  useEffect(() => {
    if (!text) return undefined;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.cityApp = 'events';
    script.textContent = text;
    document.head.append(script);
    return () => script.remove();
  }, [text]);
}
