import type { CityConfigInput } from '@city-app/core';

export type PackageManager = 'pnpm' | 'npm';

/**
 * Where the project's `@city-app/*` packages come from: the registry (published versions),
 * the pnpm workspace it sits in (`workspace:*`, e.g. `apps/hagenow`), or a local checkout of
 * the city-app repository (`link:`, for end-to-end tests outside the repository).
 */
export type PackageSource =
  | { kind: 'registry'; version: string }
  | { kind: 'workspace' }
  | { kind: 'link'; root: string };

/**
 * Everything that decides what a project looks like. Recorded in `.city-app.json`, so the
 * same answers always produce the same bytes (`city-app update` relies on that).
 */
export interface ProjectAnswers {
  /** The town config as it is written into `city.config.ts`. */
  city: CityConfigInput;
  packageManager: PackageManager;
  packageSource: PackageSource;
  /** The day the project was created (YYYY-MM-DD); the starting news are dated from it. */
  createdOn: string;
}

/** The contents of `.city-app.json`. */
export interface ProjectRecord {
  templateVersion: string;
  answers: ProjectAnswers;
  /** The `@city-app/*` package versions the project was generated with. */
  packages: Record<string, string>;
}
