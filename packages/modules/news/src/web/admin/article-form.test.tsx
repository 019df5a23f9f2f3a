// @vitest-environment happy-dom
import { createTranslator, type Locale } from '@city-app/core';
import { shellMessages, type UploadedImage } from '@city-app/web';
import axe from 'axe-core';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../article.js';
import { messages } from '../../messages.js';
import { ArticleForm } from './article-form.js';
import {
  type ArticleFormValues,
  checkValues,
  emptyValues,
  type FieldErrors,
  toInput,
} from './article-form-state.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// What the kernel's image store answers to the upload.
const ID = 'b'.repeat(32);
const STORED: UploadedImage = {
  id: ID,
  url: `/images/${ID}-960.webp`,
  width: 960,
  height: 640,
  widths: [480, 960],
};

let mounted: { root: Root; host: HTMLElement } | undefined;
afterEach(() => {
  act(() => mounted?.root.unmount());
  mounted?.host.remove();
});

/** The editor's form as the editor screen holds it: checked before it would be sent. */
function Editor({ locale, saved }: { locale: Locale; saved: ArticleInput[] }) {
  const t = createTranslator(locale, shellMessages, messages);
  const [values, setValues] = useState<ArticleFormValues>(() => emptyValues(['Rathaus']));
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <main>
      <h1>Nachricht</h1>
      <ArticleForm
        values={values}
        errors={errors}
        categories={['Rathaus']}
        areas={[]}
        saving={false}
        locale={locale}
        t={t}
        upload={async (_file, onProgress) => {
          onProgress(1);
          return STORED;
        }}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        onSubmit={(event) => {
          event.preventDefault();
          const found = checkValues(values, t);
          setErrors(found);
          if (Object.keys(found).length === 0) saved.push(toInput(values));
        }}
      />
    </main>
  );
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the news editor with an uploaded image', () => {
  it('saves the uploaded image’s address, and only with its alt text', async () => {
    const saved: ArticleInput[] = [];
    const host = document.body.appendChild(document.createElement('div'));
    mounted = { root: createRoot(host), host };
    act(() => mounted?.root.render(<Editor locale="de" saved={saved} />));
    type(document.getElementById('news-title') as HTMLInputElement, 'Neues Pflaster am Markt');

    const file = document.getElementById('news-imageUrl') as HTMLInputElement;
    const photo = new File([new Uint8Array(64)], 'markt.jpg', { type: 'image/jpeg' });
    Object.defineProperty(file, 'files', { value: [photo], configurable: true });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(host.querySelector('figure img')?.getAttribute('src')).toBe(STORED.url);

    const form = host.querySelector('form') as HTMLFormElement;
    await act(async () => form.requestSubmit());
    expect(saved).toEqual([]);
    expect(host.querySelector('a[href="#news-imageAlt"]')?.textContent).toBe(
      messages.de['news.form.error.imageAlt'],
    );

    type(
      document.getElementById('news-imageAlt') as HTMLInputElement,
      'Der Markt mit neuem Pflaster',
    );
    await act(async () => form.requestSubmit());
    expect(saved).toMatchObject([
      {
        imageUrl: STORED.url,
        imageAlt: 'Der Markt mit neuem Pflaster',
        title: 'Neues Pflaster am Markt',
      },
    ]);
    const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
