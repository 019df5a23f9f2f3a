import { ContentImage } from '@city-app/web';
import type { Photo } from '../../api.js';
import type { Space } from '../space.js';

/**
 * How wide a photo is shown where: the browser picks the smallest stored width that fills it
 * (a phone loads 480 px instead of 1600). Each matches the photo's class in the town's styles.
 */
const PLACES = {
  // A catalogue card: a column of the grid, at most about a third of the page.
  card: { className: 'experiment-space-card__photo', sizes: '(min-width: 48rem) 24rem, 100vw' },
  // A course in the list of courses.
  course: {
    className: 'experiment-space-course-card__photo',
    sizes: '(min-width: 22rem) 20rem, 100vw',
  },
  // The page of a resource or a course.
  page: { className: 'experiment-space-resource__photo', sizes: '(min-width: 40rem) 36rem, 100vw' },
} as const;

/**
 * A resource's or a course's photo as residents see it: an uploaded image in the widths the
 * server kept (`srcset`), a file of the app (the starter's pictures) as it is. Alt text that
 * exists only in German is marked as German on an English page, so a screen reader reads it
 * with German pronunciation.
 */
export function PhotoView({
  photo,
  space,
  place,
}: {
  photo: Photo;
  space: Space;
  place: keyof typeof PLACES;
}) {
  const { className, sizes } = PLACES[place];
  return (
    <ContentImage
      className={className}
      src={photo.src}
      sizes={sizes}
      alt={space.text(photo.alt)}
      lang={space.lang(photo.alt)}
      loading={place === 'page' ? undefined : 'lazy'}
    />
  );
}
