import { MAX_IMAGE_BYTES } from '../../../../shared/bridge/calls/catalog';
import type { SearchImage } from '../../stores/search';

export type ImageReadResult =
  | { readonly ok: true; readonly image: SearchImage }
  | { readonly ok: false; readonly reason: 'tooLarge' | 'notImage' };

const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp'];
export const ACCEPT_ATTRIBUTE = ACCEPTED.join(',');

/** Reads a dropped, pasted or chosen picture into base64 for the 1688 image search. */
export async function readSearchImage(file: File): Promise<ImageReadResult> {
  if (!ACCEPTED.includes(file.type)) return { ok: false, reason: 'notImage' };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, reason: 'tooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    ok: true,
    image: {
      base64: toBase64(bytes),
      previewUrl: URL.createObjectURL(file),
      name: file.name || 'image',
      key: `${file.name}:${file.size}:${file.lastModified}:${Date.now()}`,
    },
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** The first picture in a paste or drop, if any. */
export function imageIn(items: DataTransferItemList | null | undefined): File | null {
  for (const item of items ?? []) {
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile();
  }
  return null;
}
