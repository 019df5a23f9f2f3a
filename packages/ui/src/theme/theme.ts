import {
  contrastRatio,
  MIN_TEXT_CONTRAST,
  nearestAccessibleColor,
  parseHex,
  toHex,
} from '@city-app/core';

/**
 * The town theme: CSS custom properties derived from the town's two brand colours. Every
 * pair of text and background colour the stylesheet uses is checked against WCAG 2.1
 * (4.5:1 for text, 3:1 for focus rings and borders), adjusting the derived shade where the
 * brand colour alone would not reach it.
 */
export interface ThemeBranding {
  primaryColor: string;
  onPrimaryColor: string;
}

/** Neutral colours of the base stylesheet; the brand colours are layered on top. */
export const NEUTRAL_COLORS = {
  background: '#ffffff',
  surface: '#f4f5f7',
  text: '#1b1b1f',
  muted: '#4d4f57',
  border: '#6b6e78',
  error: '#b3261e',
  success: '#1e6b34',
} as const;

/** WCAG 2.1 SC 1.4.11: user-interface components and focus indicators need 3:1. */
export const MIN_NON_TEXT_CONTRAST = 3;

export const THEME_VARIABLE_NAMES = [
  '--city-primary',
  '--city-on-primary',
  '--city-primary-hover',
  '--city-link',
  '--city-primary-soft',
  '--city-on-primary-soft',
  '--city-focus',
  '--city-background',
  '--city-surface',
  '--city-text',
  '--city-muted',
  '--city-border',
  '--city-error',
  '--city-success',
] as const;

export type ThemeVariables = Record<(typeof THEME_VARIABLE_NAMES)[number], string>;

function mix(color: string, other: string, weight: number): string {
  const a = parseHex(color);
  const b = parseHex(other);
  return toHex(
    [0, 1, 2].map((i) => (a[i] ?? 0) * (1 - weight) + (b[i] ?? 0) * weight) as unknown as [
      number,
      number,
      number,
    ],
  );
}

function readableOn(background: string): string {
  return contrastRatio(background, NEUTRAL_COLORS.text) >= contrastRatio(background, '#ffffff')
    ? NEUTRAL_COLORS.text
    : '#ffffff';
}

/**
 * CSS custom properties for a town's branding:
 * - `--city-primary` / `--city-on-primary`: header and primary buttons (≥ 4.5:1).
 * - `--city-primary-hover`: a shade for hover/active that keeps ≥ 4.5:1 with the text.
 * - `--city-link`: the brand colour as text on the page background (≥ 4.5:1).
 * - `--city-primary-soft` / `--city-on-primary-soft`: a light tint for highlights (≥ 4.5:1).
 * - `--city-focus`: focus ring on the page (≥ 3:1 on the background); on the header the
 *   stylesheet draws it in `--city-on-primary`, which reaches 4.5:1 there.
 */
export function themeVariables(branding: ThemeBranding): ThemeVariables {
  const onPrimary = toHex(parseHex(branding.onPrimaryColor));
  // The config schema already refuses a failing pair; this keeps a hand-built branding safe too.
  const primary = nearestAccessibleColor(branding.primaryColor, onPrimary, MIN_TEXT_CONTRAST);
  const darkText = contrastRatio(onPrimary, '#000000') < contrastRatio(onPrimary, '#ffffff');
  // Hover moves away from the text colour, so contrast only grows.
  const hover = nearestAccessibleColor(
    mix(primary, darkText ? '#ffffff' : '#000000', 0.18),
    onPrimary,
  );
  const link = nearestAccessibleColor(primary, NEUTRAL_COLORS.background, MIN_TEXT_CONTRAST);
  const soft = mix(primary, '#ffffff', 0.88);
  const onSoft = readableOn(soft);
  return {
    '--city-primary': primary,
    '--city-on-primary': onPrimary,
    '--city-primary-hover': hover,
    '--city-link': link,
    '--city-primary-soft': soft,
    '--city-on-primary-soft': onSoft,
    '--city-focus': link,
    '--city-background': NEUTRAL_COLORS.background,
    '--city-surface': NEUTRAL_COLORS.surface,
    '--city-text': NEUTRAL_COLORS.text,
    '--city-muted': NEUTRAL_COLORS.muted,
    '--city-border': NEUTRAL_COLORS.border,
    '--city-error': NEUTRAL_COLORS.error,
    '--city-success': NEUTRAL_COLORS.success,
  };
}

/** Sets the theme's custom properties on the document (at runtime: CSP allows no inline style element). */
export function applyTheme(
  branding: ThemeBranding,
  root: { style: { setProperty(name: string, value: string): void } } = document.documentElement,
): ThemeVariables {
  const variables = themeVariables(branding);
  for (const [name, value] of Object.entries(variables)) root.style.setProperty(name, value);
  return variables;
}
