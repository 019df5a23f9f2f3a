import { INLINE_LOGO_KEY } from '../plugin/html-constants.js';
import { useCity } from './context.js';

/**
 * The town's logo from its config, decorative (the app's name stands beside it as text).
 * A plain SVG logo is put into the page inline by the Vite plugin and needs no request.
 */
export function TownLogo({ className }: { className: string }) {
  const { city } = useCity();
  const logo = city.branding.logo?.replace(/^\/+/, '');
  // Set by the Vite plugin when the logo is a plain SVG: inline, it needs no document of its own.
  const marked = (city as { [key: symbol]: unknown })[Symbol.for(INLINE_LOGO_KEY)];
  if (typeof marked === 'string')
    return (
      <span
        className={className}
        aria-hidden="true"
        // The plugin's own check let only shapes and text through (plugin/inline-logo.ts).
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the town's logo, checked at build time
        dangerouslySetInnerHTML={{ __html: marked }}
      />
    );
  return logo ? <img src={`/${logo}`} alt="" className={className} /> : null;
}
