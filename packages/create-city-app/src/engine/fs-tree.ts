import { cityError } from '@city-app/core';

/**
 * A project as an in-memory file tree (after Nx's `FsTree`): project-relative POSIX paths
 * to contents. Generation fills it; conflict checks and writing read it. A path can never
 * leave the project: absolute paths, `..`, empty segments and backslashes are refused.
 */
export class FsTree {
  readonly #files = new Map<string, string>();

  write(path: string, contents: string): void {
    this.#files.set(FsTree.checkPath(path), contents);
  }

  read(path: string): string | undefined {
    return this.#files.get(path);
  }

  has(path: string): boolean {
    return this.#files.has(path);
  }

  /** Paths in a stable (sorted) order, so output and writes are deterministic. */
  paths(): string[] {
    return [...this.#files.keys()].sort();
  }

  entries(): [path: string, contents: string][] {
    return this.paths().map((path) => [path, this.#files.get(path) as string]);
  }

  get size(): number {
    return this.#files.size;
  }

  static checkPath(path: string): string {
    const segments = path.split('/');
    const bad =
      path.length === 0 ||
      path.includes('\\') ||
      path.includes('\0') ||
      /^[A-Za-z]:/.test(path) ||
      segments.some((s) => s === '' || s === '.' || s === '..');
    if (bad) {
      throw cityError('unsafe_path', { path });
    }
    return path;
  }
}
