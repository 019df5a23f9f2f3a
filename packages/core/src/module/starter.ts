/**
 * A module's starting content: files its package ships in a `starter/` folder (listed in the
 * package's `files`) that `create-city-app` and `city-app add` copy into a town project. The
 * manifest says which folder of `starter/` goes where; a file ending in `.hbs` is rendered
 * with the town's answers (the same Handlebars helpers as the app template) and loses the
 * ending. The town owns the copies: nothing overwrites them later.
 */
export interface StarterContent {
  /** A folder below the package's `starter/`, e.g. `news`. */
  from: string;
  /**
   * Where its files go in the project: `content/<id>` (content loaded at the first start)
   * or `public/modules/<id>` (images and other static files), or a folder below either.
   */
  to: string;
}

/** The folder of a module package that holds its starting content. */
export const STARTER_FOLDER = 'starter';

// Relative POSIX paths of plain segments: nothing that could leave the folder it names.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const isSafePath = (path: string) =>
  path.length > 0 && path.length <= 200 && path.split('/').every((s) => SAFE_SEGMENT.test(s));

/** The project folders a module may fill: its own, so it never touches the town's files. */
export function starterRoots(id: string): string[] {
  return [`content/${id}`, `public/modules/${id}`];
}

/** What is wrong with a module's starter declaration (empty when nothing is). */
export function starterProblems(id: string, starter: readonly StarterContent[] | undefined) {
  const problems: string[] = [];
  const roots = starterRoots(id);
  for (const [index, { from, to }] of (starter ?? []).entries()) {
    if (!isSafePath(from)) {
      problems.push(`starter[${index}].from "${from}" must be a folder below ${STARTER_FOLDER}/.`);
    }
    if (!isSafePath(to) || !roots.some((root) => to === root || to.startsWith(`${root}/`))) {
      problems.push(`starter[${index}].to "${to}" must be ${roots.join(' or ')}, or below.`);
    }
  }
  return problems;
}

/**
 * The project path of one file of `starter/` (given relative to it, e.g. `news/01-a.md.hbs`),
 * with `.hbs` still on; undefined when no declared folder holds it.
 */
export function starterTarget(
  starter: readonly StarterContent[] | undefined,
  file: string,
): string | undefined {
  const entry = (starter ?? []).find(({ from }) => file.startsWith(`${from}/`));
  return entry ? `${entry.to}/${file.slice(entry.from.length + 1)}` : undefined;
}
