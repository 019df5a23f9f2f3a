import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentImage } from './content-image.js';

const ID = 'e'.repeat(32);
// React's server rendering puts a preload link before an eager image; the image is what counts.
const imageOf = (html: string) => /<img [^>]*\/>/.exec(html)?.[0];

describe('a picture of content', () => {
  it('offers every width the kernel kept of an uploaded image, with where it is shown', () => {
    const html = renderToStaticMarkup(
      <ContentImage src={`/images/${ID}-960.webp`} alt="Der Markt" sizes="100vw" lang="de" />,
    );
    expect(imageOf(html)).toBe(
      `<img src="/images/${ID}-960.webp" srcSet="/images/${ID}-480.webp 480w, /images/${ID}-960.webp 960w" sizes="100vw" alt="Der Markt" lang="de"/>`,
    );
  });

  it('shows a file of the app as it is, without srcset or sizes', () => {
    const html = renderToStaticMarkup(
      <ContentImage
        className="photo"
        src="/modules/experiment-space/3d-drucker.svg"
        alt=""
        sizes="100vw"
      />,
    );
    expect(imageOf(html)).toBe(
      '<img class="photo" src="/modules/experiment-space/3d-drucker.svg" alt=""/>',
    );
  });
});
