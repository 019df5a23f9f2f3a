/** The types and size the server takes (it re-encodes and strips metadata itself). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

/** A picked photo: its bytes as base64 for the request, or why it cannot be sent. */
export interface PickedPhoto {
  name: string;
  base64: string | null;
  /** A catalogue key when the file is not one the server takes. */
  problem: string | null;
}

/** Reads a picked file for sending, or says why not (before any upload). */
export async function readPhoto(file: File): Promise<PickedPhoto> {
  const refused = (problem: string): PickedPhoto => ({ name: file.name, base64: null, problem });
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
    return refused('reports.new.photoType');
  }
  if (file.size > MAX_PHOTO_BYTES) return refused('reports.new.photoSize');
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
    // "data:image/jpeg;base64,…": the API takes the part after the comma.
    return { name: file.name, base64: url.slice(url.indexOf(',') + 1), problem: null };
  } catch {
    return refused('reports.new.photoUnreadable');
  }
}
