import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * Reads an uploaded picture (PNG or JPEG, as image search's `imageBase64`) into RGBA pixels.
 * Anything else is refused with a reason a person can act on.
 */
export interface DecodedPicture {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

export class UnreadablePicture extends Error {}

const MAX_PIXELS = 40_000_000;

export function decodePicture(base64: string): DecodedPicture {
  const text = base64.replace(/^data:image\/[a-z]+;base64,/i, '').trim();
  if (!/^[A-Za-z0-9+/=\s_-]+$/.test(text)) {
    throw new UnreadablePicture('imageBase64 is not base64 data.');
  }
  const bytes = Buffer.from(text, 'base64');
  try {
    if (
      bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    ) {
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, rgba: png.data };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      const image = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: MAX_PIXELS / 1_000_000,
        maxMemoryUsageInMB: 512,
      });
      return { width: image.width, height: image.height, rgba: image.data };
    }
  } catch (error) {
    throw new UnreadablePicture(
      `The picture could not be decoded (${error instanceof Error ? error.message : 'damaged'}).`,
    );
  }
  throw new UnreadablePicture('imageBase64 holds neither a PNG nor a JPEG picture.');
}
