// @vitest-environment happy-dom
import { createApiClient } from '@city-app/web';
import type { ImageUpload } from '@city-app/web/image-field';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CourseInput, CourseSummary, Photo } from '../../api.js';
import { PhotoView } from '../parts/photo.js';
import { spaceApi, spaceFor } from '../space.js';
import { CourseForm } from './course-form.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ID = 'c'.repeat(32);
const STORED = `/images/${ID}-1600.webp`;
const STARTER = '/modules/experiment-space/3d-drucker.svg';

/** The kernel's image store as the upload field reaches it: records each file, answers 201. */
const sentFiles: File[] = [];
const upload: ImageUpload = async (file, onProgress) => {
  sentFiles.push(file);
  onProgress(1);
  return { id: ID, url: STORED, width: 1600, height: 1067, widths: [480, 960, 1600] };
};

const api = spaceApi(createApiClient({ fetch: async () => new Response('{}') }));
const spaces = {
  de: spaceFor('de', 'Europe/Berlin', () => {}, api),
  en: spaceFor('en', 'Europe/Berlin', () => {}, api),
};
const WORDS = {
  de: {
    id: 'Kennung',
    title: 'Titel (Deutsch)',
    pick: 'Bild hochladen',
    alt: 'Alternativtext',
    altEn: 'Alternativtext auf Englisch',
    remove: 'Bild entfernen',
    missing: 'Bitte beschreiben Sie das Foto für Menschen, die es nicht sehen können.',
  },
  en: {
    id: 'Identifier',
    title: 'Title (German)',
    pick: 'Upload an image',
    alt: 'Alt text',
    altEn: 'Alt text in English',
    remove: 'Remove image',
    missing: 'Please describe the photo for people who cannot see it.',
  },
} as const;

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  sentFiles.length = 0;
  host = document.body.appendChild(document.createElement('main'));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

/** The input a label names, as a person finds it. */
function control(label: string): HTMLInputElement {
  const found = [...host.querySelectorAll('label')].find(
    (l) => l.firstChild?.textContent?.trim() === label || l.textContent?.trim() === label,
  );
  const input = found && document.getElementById(found.htmlFor);
  if (!input) {
    const labels = [...host.querySelectorAll('label')].map((l) => l.textContent);
    throw new Error(`no field "${label}" among ${labels.join(' | ')}`);
  }
  return input as HTMLInputElement;
}

function type(label: string, value: string) {
  const input = control(label);
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function pick(label: string) {
  const picker = control(label);
  const photo = new File([new Uint8Array(64)], 'loeten.jpg', { type: 'image/jpeg' });
  Object.defineProperty(picker, 'files', { value: [photo], configurable: true });
  await act(async () => {
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return photo;
}

async function submit() {
  await act(async () => host.querySelector('form')?.requestSubmit());
}

function course(photo: Photo | null): CourseSummary {
  return {
    id: 'loeten',
    title: { de: 'Löten lernen' },
    description: {},
    seats: 6,
    location: null,
    remote: false,
    provider: null,
    photo,
    sessions: [],
  };
}

function renderForm(
  locale: 'de' | 'en',
  sent: CourseInput[],
  options: { course?: CourseSummary; serverErrors?: Record<string, string> } = {},
) {
  act(() =>
    root.render(
      <>
        <h1>Kurse</h1>
        <CourseForm
          course={options.course ?? null}
          rooms={[]}
          space={spaces[locale]}
          serverErrors={options.serverErrors ?? {}}
          failure={null}
          busy={false}
          upload={upload}
          onSubmit={(input) => {
            sent.push(input);
          }}
        />
      </>,
    ),
  );
}

async function violations() {
  const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

describe.each(['de', 'en'] as const)('a course’s photo in the staff form (%s)', (locale) => {
  const words = WORDS[locale];

  it('uploads the photo, asks for its alt text, and saves both languages', async () => {
    const sent: CourseInput[] = [];
    renderForm(locale, sent);
    type(words.id, 'loeten');
    type(words.title, 'Löten lernen');
    const photo = await pick(words.pick);
    expect(sentFiles).toEqual([photo]);
    expect(host.querySelector('figure img')?.getAttribute('src')).toBe(STORED);

    await submit();
    expect(sent).toEqual([]);
    const link = host.querySelector('a[href="#experiment-space-course-photo-alt"]');
    expect(link?.textContent).toBe(words.missing);
    expect(control(words.alt).getAttribute('aria-invalid')).toBe('true');

    type(words.alt, 'Kinder löten eine Platine');
    type(words.altEn, 'Children soldering a circuit board');
    expect(control(words.altEn).getAttribute('lang')).toBe('en');
    await submit();
    expect(sent.map((input) => input.photo)).toEqual([
      {
        src: STORED,
        alt: { de: 'Kinder löten eine Platine', en: 'Children soldering a circuit board' },
      },
    ]);
    expect(await violations()).toEqual([]);
  });

  it('shows a starter’s picture, removes it, and shows the server’s refusal at the image', async () => {
    const sent: CourseInput[] = [];
    const refusal = 'Das Foto gibt es auf diesem Server nicht (mehr).';
    renderForm(locale, sent, {
      course: course({ src: STARTER, alt: { de: 'Ein 3D-Drucker' } }),
      serverErrors: { photo: refusal },
    });
    expect(host.querySelector('figure img')?.getAttribute('src')).toBe(STARTER);
    expect(host.querySelector('a[href="#experiment-space-course-photo"]')?.textContent).toBe(
      refusal,
    );
    expect(await violations()).toEqual([]);
    const remove = [...host.querySelectorAll('button')].find((b) => b.textContent === words.remove);
    act(() => remove?.click());
    expect(host.querySelector('figure img')).toBeNull();
    await submit();
    expect(sent.map((input) => input.photo)).toEqual([null]);
  });
});

describe('a photo as residents see it', () => {
  const render = (node: React.ReactNode) => act(() => root.render(node));

  it('lets a phone load an uploaded photo in its smallest width; a starter’s picture stays as it is', async () => {
    render(
      <>
        <PhotoView
          photo={{ src: STORED, alt: { de: 'Lötkolben' } }}
          space={spaces.de}
          place="card"
        />
        <PhotoView
          photo={{ src: STARTER, alt: { de: '3D-Drucker' } }}
          space={spaces.de}
          place="page"
        />
      </>,
    );
    const [uploaded, starter] = [...host.querySelectorAll('img')];
    expect(uploaded?.getAttribute('srcset')).toBe(
      `/images/${ID}-480.webp 480w, /images/${ID}-960.webp 960w, /images/${ID}-1600.webp 1600w`,
    );
    expect(uploaded?.getAttribute('sizes')).toBe('(min-width: 48rem) 24rem, 100vw');
    expect([uploaded?.getAttribute('alt'), uploaded?.getAttribute('lang')]).toEqual([
      'Lötkolben',
      null,
    ]);
    expect(starter?.getAttribute('src')).toBe(STARTER);
    expect([starter?.getAttribute('srcset'), starter?.getAttribute('sizes')]).toEqual([null, null]);
    expect(await violations()).toEqual([]);
  });

  it('reads the English alt text on an English page, and marks German-only alt text as German', async () => {
    render(
      <>
        <PhotoView
          photo={{ src: STORED, alt: { de: 'Ein Lötkolben', en: 'A soldering iron' } }}
          space={spaces.en}
          place="course"
        />
        <PhotoView
          photo={{ src: STARTER, alt: { de: 'Ein 3D-Drucker' } }}
          space={spaces.en}
          place="page"
        />
      </>,
    );
    const [translated, german] = [...host.querySelectorAll('img')];
    expect([translated?.getAttribute('alt'), translated?.getAttribute('lang')]).toEqual([
      'A soldering iron',
      null,
    ]);
    expect([german?.getAttribute('alt'), german?.getAttribute('lang')]).toEqual([
      'Ein 3D-Drucker',
      'de',
    ]);
    expect(await violations()).toEqual([]);
  });
});
