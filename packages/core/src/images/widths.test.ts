import { describe, expect, it } from 'vitest';
import { imageSrcSet, imageWidthsFor, isImageStorePath, storedImageOf } from './widths.js';

const ID = '0123456789abcdef0123456789abcdef';

describe('the widths of a stored image', () => {
  it('keeps each standard width below the image’s own, never enlarging it', () => {
    expect(imageWidthsFor(4000)).toEqual([480, 960, 1600]);
    expect(imageWidthsFor(1200)).toEqual([480, 960, 1200]);
    expect(imageWidthsFor(960)).toEqual([480, 960]);
    expect(imageWidthsFor(300)).toEqual([300]);
  });

  it('offers every kept width to the browser, and nothing for other addresses', () => {
    expect(imageSrcSet(`/images/${ID}-1600.webp`)).toBe(
      `/images/${ID}-480.webp 480w, /images/${ID}-960.webp 960w, /images/${ID}-1600.webp 1600w`,
    );
    expect(imageSrcSet(`/images/${ID}-300.webp`)).toBe(`/images/${ID}-300.webp 300w`);
    for (const other of ['/bilder/rathaus.jpg', `/images/${ID}-1600.jpg`, '', null]) {
      expect(imageSrcSet(other)).toBeUndefined();
    }
  });
});

describe('an address of the image store', () => {
  it('names the stored image and width, and nothing for other addresses', () => {
    expect(storedImageOf(`/images/${ID}-960.webp`)).toEqual({ id: ID, width: 960 });
    for (const other of ['/bilder/rathaus.jpg', `/images/${ID}-960.jpg`, `/images/${ID}.webp`]) {
      expect(storedImageOf(other)).toBeUndefined();
    }
  });

  it('tells the store’s addresses from the app’s own files', () => {
    expect(isImageStorePath(`/images/${ID}-960.webp`)).toBe(true);
    expect(isImageStorePath('/images/anything.png')).toBe(true);
    expect(isImageStorePath('/modules/experiment-space/3d-drucker.svg')).toBe(false);
    expect(isImageStorePath('/imagesammlung/a.png')).toBe(false);
  });
});
