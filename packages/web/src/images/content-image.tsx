import { imageSrcSet } from '@city-app/core';
import type { ImgHTMLAttributes } from 'react';

export interface ContentImageProps
  extends Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'srcSet' | 'sizes' | 'alt'> {
  src: string;
  alt: string;
  /** How wide the picture is shown (the `sizes` attribute), for the browser's choice of width. */
  sizes: string;
}

/**
 * A picture of content (a news article's, a resource's): an image of the kernel's store offers
 * every width kept (`srcset`), so a phone loads 480 px instead of 1600; any other address (a
 * file of the app) is shown as it is.
 */
export function ContentImage({ className, src, alt, sizes, ...rest }: ContentImageProps) {
  const srcSet = imageSrcSet(src);
  return (
    <img
      className={className}
      src={src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      {...rest}
    />
  );
}
