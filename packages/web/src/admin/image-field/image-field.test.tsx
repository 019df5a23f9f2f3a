// @vitest-environment happy-dom
import type { Locale } from '@city-app/core';
import axe from 'axe-core';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-client.js';
import { shellMessages } from '../../i18n/messages.js';
import { ImageField } from './image-field.js';
import type { ImageUpload, UploadedImage } from './upload-image.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

const STORED: UploadedImage = {
  id: 'a'.repeat(32),
  url: `/images/${'a'.repeat(32)}-1600.webp`,
  width: 1600,
  height: 1067,
  widths: [480, 960, 1600],
};

/** An upload the test finishes by hand: it sees the progress before the answer. */
function pendingUpload() {
  const calls: File[] = [];
  let progress: (sent: number) => void = () => {};
  let finish: (image: UploadedImage) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const upload: ImageUpload = (file, onProgress) => {
    calls.push(file);
    progress = onProgress;
    return new Promise((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    upload,
    calls,
    progress: (sent: number) => act(() => progress(sent)),
    finish: async (image: UploadedImage) => act(async () => finish(image)),
    fail: async (error: unknown) => act(async () => fail(error)),
  };
}

/** The field inside a form, as an editor's form holds it; `form` shows what the form has. */
function Form(props: {
  locale: Locale;
  upload: ImageUpload;
  start: { url: string; alt: string };
  form: { url: string; alt: string };
}) {
  const [url, setUrl] = useState(props.start.url);
  const [alt, setAlt] = useState(props.start.alt);
  props.form.url = url;
  props.form.alt = alt;
  return (
    <form>
      <ImageField
        id="image"
        altId="image-alt"
        locale={props.locale}
        url={url}
        alt={alt}
        onUrlChange={setUrl}
        onAltChange={setAlt}
        upload={props.upload}
      />
    </form>
  );
}

function mount(locale: Locale, upload: ImageUpload, start = { url: '', alt: '' }) {
  const form = { ...start };
  const host = document.createElement('main');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Form locale={locale} upload={upload} start={start} form={form} />));
  const file = () => document.getElementById('image') as HTMLInputElement;
  return {
    host,
    form,
    file,
    alt: () => document.getElementById('image-alt') as HTMLInputElement,
    status: () => host.querySelector('[role="status"]')?.textContent ?? '',
    label: (id: string) => host.querySelector(`label[for="${id}"]`)?.textContent ?? '',
    error: () => document.getElementById('image-error')?.textContent ?? '',
    pick(picked: File) {
      Object.defineProperty(file(), 'files', { value: [picked], configurable: true });
      act(() => {
        file().dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
  };
}

const jpeg = (bytes = 2048) =>
  new File([new Uint8Array(bytes)], 'markt.jpg', { type: 'image/jpeg' });

async function expectNoAxeViolations(host: HTMLElement) {
  const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
  ).toEqual([]);
}

describe('the image field', () => {
  it('uploads a picked file with its progress, shows the stored image and asks for its description', async () => {
    const server = pendingUpload();
    const field = mount('de', server.upload);
    expect(field.host.querySelector('legend')?.textContent).toBe('Bild');
    expect(field.host.textContent).toContain('Noch kein Bild.');
    expect(field.label('image')).toBe('Bild hochladen');
    expect(field.file().accept).toBe('image/jpeg,image/png,image/webp');
    expect(field.file().getAttribute('aria-describedby')).toBe('image-description');
    expect(field.alt().required).toBe(false);
    await expectNoAxeViolations(field.host);

    field.pick(jpeg());
    expect(server.calls.map((f) => f.name)).toEqual(['markt.jpg']);
    server.progress(0.42);
    expect(field.status()).toBe('Bild wird hochgeladen: 40 %');
    expect(field.host.querySelector('progress')?.getAttribute('value')).toBe('40');
    await expectNoAxeViolations(field.host);
    server.progress(1);
    expect(field.status()).toBe('Bild wird verarbeitet …');

    await server.finish(STORED);
    expect(field.form.url).toBe(STORED.url);
    expect(field.host.querySelector('figure img')?.getAttribute('src')).toBe(STORED.url);
    expect(field.host.querySelector('progress')).toBeNull();
    expect(field.status()).toContain('Bild hochgeladen.');
    expect(field.label('image')).toBe('Anderes Bild hochladen');
    expect(field.alt().required).toBe(true);
    expect(field.label('image-alt')).toBe('Alternativtext (Pflichtfeld)');
    await expectNoAxeViolations(field.host);
  });

  it('removes the image by keyboard and puts the focus back on the file picker', async () => {
    const field = mount('de', pendingUpload().upload, { url: STORED.url, alt: 'Der Markt' });
    expect(field.host.querySelector('figure img')?.getAttribute('alt')).toBe('Der Markt');
    const remove = [...field.host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Bild entfernen',
    ) as HTMLButtonElement;
    remove.focus();
    act(() => remove.click());
    expect(field.form.url).toBe('');
    expect(field.status()).toBe('Bild entfernt.');
    expect(document.activeElement).toBe(field.file());
    expect(field.host.querySelector('figure')).toBeNull();
  });

  it('shows the server’s refusal in English at the file picker, and the field stays usable', async () => {
    const server = pendingUpload();
    const field = mount('en', server.upload);
    expect(field.label('image')).toBe('Upload an image');
    field.pick(jpeg());
    await server.fail(
      new ApiError({
        status: 415,
        code: 'image_type',
        field: 'file',
        message: 'We cannot take images in gif format; JPEG, PNG and WebP are possible.',
        hint: 'Save the image as JPEG or PNG in an image editor.',
      }),
    );
    expect(field.error()).toContain('We cannot take images in gif format');
    expect(field.error()).toContain('Save the image as JPEG or PNG');
    expect(field.file().getAttribute('aria-invalid')).toBe('true');
    expect(field.form.url).toBe('');
    await expectNoAxeViolations(field.host);
    // Not reached: the shell's own words, never the client's English in a German page.
    field.pick(jpeg());
    await server.fail(new ApiError({ status: 0, code: 'network_error', message: 'x' }));
    expect(field.error()).toContain(shellMessages.en['request.failed.network']);
  });

  it('refuses other formats and too large files before sending them, in German', () => {
    const server = pendingUpload();
    const field = mount('de', server.upload);
    field.pick(new File(['GIF89a'], 'animation.gif', { type: 'image/gif' }));
    expect(field.error()).toContain('Diese Datei ist kein Bild im Format JPEG, PNG oder WebP.');
    field.pick(jpeg(16 * 1024 * 1024));
    expect(field.error()).toContain('Die Datei ist 16 MB groß; höchstens 15 MB sind möglich.');
    expect(server.calls).toEqual([]);
  });
});
