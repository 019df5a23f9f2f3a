// Photos as a phone takes them, for the tests of the image pipeline (kernel and modules).
import sharp from 'sharp';

/** A camera photo as a phone writes it: noise (so it does not compress to nothing), GPS, camera, P3 profile. */
export async function cameraJpeg(
  width = 3000,
  height = 2000,
  orientation?: number,
): Promise<Buffer> {
  return (
    sharp({
      create: {
        width,
        height,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .withIccProfile('p3')
      .withExif({
        IFD0: {
          Make: 'Hagenow Camera Works',
          Model: 'Pothole 3000',
        },
        IFD2: { DateTimeOriginal: '2026:05:04 09:15:00' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '53/1 25/1 3000/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '11/1 11/1 1500/100',
        },
      })
      // sharp writes the orientation tag itself, from here.
      .withMetadata(orientation ? { orientation } : {})
      .jpeg({ quality: 90 })
      .toBuffer()
  );
}

/**
 * A 1 × 1 PNG whose header claims 10,000 × 6,000 px (60 MP): what a decompression bomb looks
 * like to the checks, which must refuse it from the header without decoding.
 */
export async function claimedLargePng(): Promise<Buffer> {
  const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const header = Buffer.from(png);
  header.writeUInt32BE(10_000, 16);
  header.writeUInt32BE(6_000, 20);
  return header;
}
