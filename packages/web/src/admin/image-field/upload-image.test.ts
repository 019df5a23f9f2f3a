// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-client.js';
import { uploadImage } from './upload-image.js';

/** A stand-in for the browser's XMLHttpRequest that records what is sent and answers by hand. */
class FakeRequest {
  static last: FakeRequest;
  opened: [string, string] | undefined;
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: {
    onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void;
  } = {};
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.opened = [method, url];
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const real = globalThis.XMLHttpRequest;
afterEach(() => {
  globalThis.XMLHttpRequest = real;
});

describe('uploadImage', () => {
  it('sends the raw file with its type, the CSRF token and the page language, and reports progress', async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    // biome-ignore lint/suspicious/noDocumentCookie: the session's CSRF cookie, as the server sets it
    document.cookie = 'city_app_csrf=token-1';
    document.documentElement.lang = 'de';
    const file = new File([new Uint8Array(10)], 'markt.png', { type: 'image/png' });
    const sent: number[] = [];
    const done = uploadImage(file, (fraction) => sent.push(fraction));
    const request = FakeRequest.last;
    expect(request.opened).toEqual(['POST', '/api/images']);
    expect(request.headers).toMatchObject({
      'Content-Type': 'image/png',
      'Accept-Language': 'de',
      'X-CSRF-Token': 'token-1',
    });
    expect(request.body).toBe(file);
    request.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
    request.answer(201, {
      id: 'a',
      url: '/images/a-480.webp',
      width: 480,
      height: 320,
      widths: [480],
    });
    expect(sent).toEqual([0.5]);
    expect((await done).url).toBe('/images/a-480.webp');
  });

  it('turns a refusal into the server’s error, and a lost connection into a network error', async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    const file = new File(['x'], 'a.jpg', { type: 'image/jpeg' });
    const refused = uploadImage(file, () => {});
    FakeRequest.last.answer(413, {
      code: 'image_too_large',
      message: 'Das Bild ist 20 MB groß; höchstens 15 MB sind möglich.',
      field: 'file',
    });
    await expect(refused).rejects.toMatchObject({
      status: 413,
      code: 'image_too_large',
      field: 'file',
    });
    const lost = uploadImage(file, () => {});
    FakeRequest.last.onerror?.();
    const error = await lost.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network_error' });
  });
});
