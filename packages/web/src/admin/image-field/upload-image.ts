import { ApiError, CSRF_COOKIE, CSRF_HEADER, errorFrom, readCookie } from '../../api/api-client.js';

/** What the server answers to an upload (`POST /api/images`). */
export interface UploadedImage {
  id: string;
  /** The largest width kept, e.g. `/images/<id>-1600.webp`. */
  url: string;
  width: number;
  height: number;
  widths: number[];
}

/** Sends a file and reports how much of it is sent (0 to 1); answers the stored image. */
export type ImageUpload = (
  file: File,
  onProgress: (sent: number) => void,
) => Promise<UploadedImage>;

/** The formats the server takes; the browser offers only these in its file picker. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The server's limit (its `IMAGE_LIMITS`): checked here too, so nobody waits for a refusal. */
export const MAX_IMAGE_MEGABYTES = 15;

/**
 * Uploads with XMLHttpRequest, the one browser API that reports upload progress: the raw file
 * as the body, the session's CSRF token and the page's language, so refusals come worded in it.
 */
export const uploadImage: ImageUpload = (file, onProgress) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/images');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    const lang = document.documentElement.lang;
    if (lang) xhr.setRequestHeader('Accept-Language', lang);
    const token = readCookie(CSRF_COOKIE, document.cookie);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(
        new ApiError({ status: 0, code: 'network_error', message: 'The server was not reached.' }),
      );
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status === 201 && data) resolve(data as UploadedImage);
      else reject(errorFrom({ status: xhr.status, statusText: xhr.statusText }, data));
    };
    xhr.send(file);
  });
