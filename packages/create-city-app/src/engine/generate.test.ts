import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { renderProject } from '../index.js';
import { answersFor, testModules, ticketsModule } from '../test-support.js';
import { generateProject } from './generate.js';

const options = { templateVersion: '1.2.3', modules: testModules };

/** Evaluates a generated city.config.ts the way TypeScript compiles it; fails on syntax errors. */
function evaluateCityConfig(source: string): unknown {
  const output = ts.transpileModule(source, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  expect(output.diagnostics ?? []).toEqual([]);
  const body = output.outputText.replace(/^import .*$/m, '').replace('export default', 'return');
  return new Function('defineCity', body)((config: unknown) => config);
}

describe('generateProject', () => {
  it('renders a thin town project', () => {
    const tree = generateProject(answersFor('Boizenburg/Elbe'), options);
    expect(tree.paths()).toEqual([
      '.city-app.json',
      '.gitignore',
      'README.md',
      'city.config.ts',
      'content/news/01-die-app-ist-da.md',
      'content/news/02-offene-sprechstunde-im-rathaus.md',
      'content/news/03-smartphone-hilfe-in-der-bibliothek.md',
      'deploy/.env.example',
      'deploy/Dockerfile',
      'deploy/README.md',
      'deploy/compose.yaml',
      'index.html',
      'package.json',
      'public/logo.svg',
      'src/server.ts',
      'src/web/main.tsx',
      'test/authorization.test.ts',
      'test/config.test.ts',
      'test/smoke.test.ts',
      'tsconfig.json',
      'vite.config.ts',
      'vitest.config.ts',
    ]);
    const pkg = JSON.parse(tree.read('package.json') ?? '');
    expect(pkg.name).toBe('boizenburg-elbe');
    expect(pkg.private).toBe(true);
    expect(pkg.engines.node).toBe('>=20.19.0');
    expect(pkg.scripts.build).toBe(
      'vite build && vite build --ssr src/server.ts --outDir dist/server',
    );
    expect(pkg.dependencies).toMatchObject({
      '@city-app/core': '^1.2.3',
      '@city-app/module-news': '^1.2.3',
      '@city-app/server': '^1.2.3',
      '@city-app/ui': '^1.2.3',
      '@city-app/web': '^1.2.3',
    });
    expect(pkg.pnpm.onlyBuiltDependencies).toEqual(['esbuild']);
  });

  it('takes @city-app/* from the workspace or a linked checkout', () => {
    const workspace = generateProject(
      answersFor('Hagenow', { packageSource: { kind: 'workspace' } }),
      options,
    );
    const wsPkg = JSON.parse(workspace.read('package.json') ?? '');
    expect(wsPkg.dependencies['@city-app/web']).toBe('workspace:*');
    expect(wsPkg.pnpm).toBeUndefined();

    const city = { ...answersFor('Hagenow').city, modules: { news: {}, tickets: {} } };
    const linked = generateProject(
      answersFor('Hagenow', {
        city,
        packageManager: 'npm',
        packageSource: { kind: 'link', root: '/src/city-app/' },
      }),
      options,
    );
    const pkg = JSON.parse(linked.read('package.json') ?? '');
    expect(pkg.dependencies['@city-app/core']).toBe('link:/src/city-app/packages/core');
    expect(pkg.dependencies['@city-app/module-tickets']).toBe(
      'link:/src/city-app/packages/modules/tickets',
    );
    expect(pkg.pnpm).toBeUndefined();
    const record = JSON.parse(linked.read('.city-app.json') ?? '');
    expect(record.templateVersion).toBe('1.2.3');
    expect(record.packages['@city-app/module-tickets']).toBe(
      'link:/src/city-app/packages/modules/tickets',
    );
    expect(record.answers.packageSource).toEqual({ kind: 'link', root: '/src/city-app/' });
  });

  it('shows every command for the chosen package manager, npm and pnpm alike', () => {
    const npm = generateProject(answersFor('Hagenow', { packageManager: 'npm' }), options);
    const npmReadme = npm.read('README.md') ?? '';
    // npm takes no name pattern: each package is named.
    expect(npmReadme).toContain(
      'npm install @city-app/cli@latest @city-app/core@latest @city-app/module-news@latest',
    );
    expect(npmReadme).not.toMatch(/npm up|npm update|pnpm/);
    expect(npmReadme).toContain('npm run dev');
    expect(npmReadme).toContain('`npx city-app add <module>`');
    expect(npmReadme).toContain('npx city-app update');

    const pnpm = generateProject(answersFor('Hagenow', { packageManager: 'pnpm' }), options);
    const pnpmReadme = pnpm.read('README.md') ?? '';
    expect(pnpmReadme).toContain('pnpm up --latest "@city-app/*"');
    expect(pnpmReadme).toContain('pnpm city-app update');
    expect(pnpmReadme).not.toMatch(/npm run|npx/);
  });

  it('records answers that regenerate the same bytes', () => {
    const first = generateProject(answersFor('Lübtheen'), options);
    const record = JSON.parse(first.read('.city-app.json') ?? '');
    const again = generateProject(record.answers, {
      ...options,
      templateVersion: record.templateVersion,
    });
    expect(again.entries()).toEqual(first.entries());
    const otherDay = generateProject(answersFor('Lübtheen', { createdOn: '2025-03-15' }), options);
    expect(otherDay.read('content/news/01-die-app-ist-da.md')).not.toBe(
      first.read('content/news/01-die-app-ist-da.md'),
    );
  });

  it('escapes what the user typed for each file it lands in', () => {
    const name = 'Ä"<script>{{x}}';
    const answers = answersFor(name);
    answers.city.branding = { appName: "</title><b>'&", primaryColor: '#1a5f7a', logo: 'logo.svg' };
    const tree = generateProject(answers, options);

    expect(JSON.parse(tree.read('package.json') ?? '').name).toBe('ae-script-x');
    expect(JSON.parse(tree.read('.city-app.json') ?? '').answers.city.town.name).toBe(name);
    expect(evaluateCityConfig(tree.read('city.config.ts') ?? '')).toEqual(answers.city);

    const html = tree.read('index.html') ?? '';
    expect(html).toContain('<title>&lt;/title&gt;&lt;b&gt;&#39;&amp;</title>');
    expect(html).toContain(
      'content="&lt;/title&gt;&lt;b&gt;&#39;&amp; – die App für Ä&quot;&lt;script&gt;{{x}}"',
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(tree.read('public/logo.svg')).toContain(
      'aria-label="&lt;/title&gt;&lt;b&gt;&#39;&amp;"',
    );

    const news = tree.read('content/news/01-die-app-ist-da.md') ?? '';
    const title = /^title: (.*)$/m.exec(news)?.[1] ?? '';
    expect(JSON.parse(title)).toBe(`</title><b>'& ist da – die App für ${name}`);
    expect(news).toContain('Angebote aus Ä"\\<script\\>\\{\\{x\\}\\} in einer App');
    expect(tree.read('README.md')).toContain("# \\</title\\>\\<b\\>'\\&");
    expect(tree.read('deploy/compose.yaml')).toContain('name: "ae-script-x"');
  });

  it('writes the content of a module only when the module is enabled', () => {
    const city = { ...answersFor('Zarrentin').city, modules: { tickets: { office: 'Rathaus' } } };
    const tree = generateProject(answersFor('Zarrentin', { city }), options);
    expect(tree.paths().some((p) => p.startsWith('content/news/'))).toBe(false);
    expect(JSON.parse(tree.read('package.json') ?? '').dependencies).not.toHaveProperty(
      '@city-app/module-news',
    );
    expect(tree.read('city.config.ts')).toContain("tickets: {\n      office: 'Rathaus',\n    },");
  });

  it("copies each enabled module's starting content from its package, rendering .hbs files", () => {
    const city = { ...answersFor('Zarrentin').city, modules: { tickets: {} } };
    const tree = generateProject(answersFor('Zarrentin', { city }), options);
    expect(tree.paths().filter((p) => p.includes('tickets/'))).toEqual([
      'content/tickets/schirm.md',
      'public/modules/tickets/schirm.svg',
    ]);
    expect(tree.read('content/tickets/schirm.md')).toBe('Gefunden in Zarrentin: ein Schirm.\n');
    expect(tree.read('public/modules/tickets/schirm.svg')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    );
    // The experiment space's pictures come with it, and only with it.
    expect(tree.paths().some((p) => p.startsWith('public/modules/'))).toBe(true);
    expect(tree.paths().some((p) => p.startsWith('public/modules/experiment-space/'))).toBe(false);
    const space = { ...city, modules: { 'experiment-space': {} } };
    const withSpace = generateProject(answersFor('Zarrentin', { city: space }), options);
    expect(withSpace.read('public/modules/experiment-space/3d-drucker.svg')).toMatch(/^<svg/);
  });

  it('names the module and the file when its starting content does not render', () => {
    const broken = {
      ...ticketsModule,
      starter: [{ file: 'items/schirm.md.hbs', text: 'Gefunden in {{town.nirgends}}.' }],
    };
    const city = { ...answersFor('Zarrentin').city, modules: { tickets: {} } };
    expect(() =>
      generateProject(answersFor('Zarrentin', { city }), { ...options, modules: [broken] }),
    ).toThrowError(/@city-app\/module-tickets: content\/tickets\/schirm\.md\.hbs: .*nirgends/);
  });

  it('files the starting news under categories the town has', () => {
    const city = {
      ...answersFor('Wittenburg').city,
      modules: { news: { categories: ['Stadt', 'Bildung'] } },
    };
    const tree = generateProject(answersFor('Wittenburg', { city }), options);
    expect(tree.read('content/news/01-die-app-ist-da.md')).toContain('category: "Stadt"');
    expect(tree.read('content/news/03-smartphone-hilfe-in-der-bibliothek.md')).toContain(
      'category: "Bildung"',
    );
  });

  it('refuses invalid answers with every problem named', () => {
    const answers = answersFor('Hagenow');
    answers.city.town.state = 'DE-XX' as never;
    answers.city.modules = { news: { perPage: 0 } };
    expect(() => generateProject(answers, options)).toThrowError(
      expect.objectContaining({ code: 'invalid_config' }),
    );
    try {
      generateProject(answers, options);
    } catch (error) {
      const fields = (error as { issues: { field: string }[] }).issues.map((i) => i.field);
      expect(fields).toContain('town.state');
    }
    const unknown = answersFor('Hagenow');
    unknown.city.modules = { parking: {} };
    expect(() => generateProject(unknown, options)).toThrowError(
      expect.objectContaining({ format: expect.any(Function) }),
    );
    try {
      generateProject(unknown, options);
    } catch (error) {
      expect((error as { format(): string }).format()).toMatch(
        /modules\.parking: no module "parking"/,
      );
    }
  });

  it('never writes outside the project, whatever the templates say', () => {
    const templates = [{ path: '../escape.txt', text: 'x' }];
    expect(() => generateProject(answersFor('Hagenow'), { ...options, templates })).toThrowError(
      /would leave the project folder/,
    );
  });

  it('renders HageNOW! from its config, as apps/hagenow is made', () => {
    const city = JSON.parse(
      readFileSync(new URL('../fixtures/hagenow.city.json', import.meta.url), 'utf8'),
    );
    const answers = answersFor('Hagenow', { city, packageSource: { kind: 'workspace' } });
    const tree = renderProject(answers);
    expect(evaluateCityConfig(tree.read('city.config.ts') ?? '')).toEqual(city);
    expect(tree.read('index.html')).toContain('<title>HageNOW!</title>');
    expect(JSON.parse(tree.read('package.json') ?? '').name).toBe('hagenow');
    // The waste calendar starts from Hagenow's own streets and Ortsteile, not the examples.
    const waste = tree.read('content/waste/calendar.yaml') ?? '';
    const streets = waste.slice(waste.indexOf('\nstreets:'), waste.indexOf('\nareas:'));
    expect(streets.match(/- \{ name: /g)?.length).toBeGreaterThanOrEqual(24);
    expect(streets).toContain('Friedrich-Heincke-Straße');
    expect(streets).not.toContain('Am Markt');
    for (const area of city.areas as { name: string }[]) expect(waste).toContain(area.name);
    const record = JSON.parse(tree.read('.city-app.json') ?? '');
    expect(renderProject(record.answers).entries()).toEqual(tree.entries());
  });

  it('renderProject uses the bundled templates and modules', () => {
    const tree = renderProject(answersFor('Hagenow'));
    expect(tree.read('city.config.ts')).toContain("name: 'Hagenow'");
    expect(ticketsModule.manifest.id).toBe('tickets');
  });
});
