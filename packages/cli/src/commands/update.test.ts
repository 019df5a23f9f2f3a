import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OLDER_FILES, OLDER_TEMPLATES_VERSION, olderTemplates } from '../older-templates.js';
import { answersFor, makeProject, runCli, type TestProject } from '../test-support.js';

// Templates 0.0.9: as today's, except for two files the next release changes.
const SERVER_V1 = OLDER_FILES['src/server.ts'] as string;
const oldTemplates = olderTemplates;
const v1 = { version: OLDER_TEMPLATES_VERSION, templates: oldTemplates };
const v2 = { version: '0.1.0' };

let project: TestProject;
beforeEach(async () => {
  project = await makeProject(
    answersFor('Boizenburg/Elbe', { packageSource: { kind: 'registry', version: '0.0.9' } }),
    { templateVersion: '0.0.9', templates: oldTemplates },
  );
});
afterEach(() => project.cleanup());

describe('city-app update', () => {
  it('records the base on the templates the project was made with', async () => {
    const before = await project.snapshot();
    const run = await runCli(['update', '--yes', '--json'], project.root, { engine: v1 });
    expect(run.code).toBe(0);
    const after = await project.snapshot();
    const added = Object.keys(after).filter((p) => !(p in before));
    expect(added.length).toBe(Object.keys(before).length);
    expect(after['.city-app/base/src/server.ts']).toBe(SERVER_V1);
    expect(Object.keys(before).every((p) => after[p] === before[p])).toBe(true);
    const again = await runCli(['update', '--yes'], project.root, { engine: v1 });
    expect(again.stdout).toContain('Auf dem Stand der Vorlagen 0.0.9.');
  });

  it('across two template versions keeps a local edit and marks a real conflict', async () => {
    await runCli(['update', '--yes'], project.root, { engine: v1 });
    // Local edits: one where the templates change nothing nearby, one on the same lines.
    await project.write('.gitignore', '# Boizenburg\nnode_modules/\ndist/\n.env\n');
    await project.write(
      'src/server.ts',
      SERVER_V1.replace('createCityServer(config)', 'createCityServer(config, { log })'),
    );
    const readmeBefore = await project.read('README.md');

    const dry = await runCli(['update', '--dry-run'], project.root, { engine: v2 });
    expect(dry.stdout).toContain('Probelauf: Es wurde nichts geschrieben.');
    expect(dry.stdout).toMatch(/^Vorlagen 0\.0\.9 → 0\.1\.0: \d+ Dateien würden geändert\.$/m);
    expect(dry.stdout).toContain('  mit Ihren Änderungen zusammengeführt: .gitignore');
    expect(dry.stdout).toContain(
      '✖ Konflikte (lösen Sie die Marken <<<<<<< … >>>>>>> auf): src/server.ts',
    );
    expect(await project.read('.gitignore')).toBe('# Boizenburg\nnode_modules/\ndist/\n.env\n');

    const run = await runCli(['update', '--yes', '--json'], project.root, { engine: v2 });
    expect(run.code).toBe(1);
    const result = run.json();
    expect(result).toMatchObject({ from: '0.0.9', to: '0.1.0', written: true });
    expect(result.merged).toEqual(['.gitignore']);
    expect(result.conflicts).toEqual(['src/server.ts']);
    expect(result.updated).toEqual(expect.arrayContaining(['.city-app.json', 'package.json']));

    // The local line and the templates' new lines, both.
    expect(await project.read('.gitignore')).toBe(
      '# Boizenburg\nnode_modules/\ndist/\n.data/\n.env\n*.log\n',
    );
    const server = await project.read('src/server.ts');
    expect(server).toContain('<<<<<<< ours (this project)\ncreateCityServer(config, { log })');
    expect(server).toContain('||||||| base (templates 0.0.9)');
    expect(server).toContain('=======\n');
    expect(server).toContain('createCityServer(config, { root })');
    expect(server).toContain('>>>>>>> theirs (templates 0.1.0)');
    // Untouched files that did not change stay; the record moves on.
    expect(await project.read('README.md')).toBe(readmeBefore);
    expect(JSON.parse(await project.read('.city-app.json')).templateVersion).toBe('0.1.0');
    expect(JSON.parse(await project.read('package.json')).dependencies['@city-app/core']).toBe(
      '^0.1.0',
    );

    // While the markers are there, a second update, doctor, validate, and the project's build and
    // test scripts (city-app conflicts) stop and name the file.
    const next = await runCli(['update', '--yes'], project.root, { engine: v2 });
    expect(next.code).toBe(1);
    // In the town's language (German), as every command that speaks to its consultant.
    expect(next.stderr).toContain('Konfliktmarken enthalten (<<<<<<< … >>>>>>>): src/server.ts.');
    const doctor = await runCli(['doctor', '--json'], project.root);
    expect(doctor.code).toBe(1);
    expect(doctor.json().checks.find((c: { id: string }) => c.id === 'conflicts')).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('src/server.ts'),
    });
    const validate = await runCli(['config', 'validate'], project.root);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain(
      'Konfliktmarken enthalten (<<<<<<< … >>>>>>>): src/server.ts.',
    );
    const check = await runCli(['conflicts', '--json'], project.root);
    expect(check.code).toBe(1);
    expect(check.json().error).toMatchObject({
      code: 'unresolved_conflicts',
      field: 'src/server.ts',
    });
    // The project's build (vite.config.ts) and smoke test run the same check.
    expect(await project.read('vite.config.ts')).toContain('await refuseUnresolvedConflicts(');
    expect(await project.read('test/smoke.test.ts')).toContain('await unresolvedConflicts(root)');

    // Resolved: the town keeps the templates' line.
    await project.write(
      'src/server.ts',
      server.replace(/<<<<<<< [\s\S]*?=======\n([\s\S]*?)>>>>>>> .*\n/, '$1'),
    );
    expect(await runCli(['conflicts'], project.root)).toMatchObject({ code: 0 });
    expect(await runCli(['config', 'validate'], project.root)).toMatchObject({ code: 0 });
    const resolved = await runCli(['update', '--yes'], project.root, { engine: v2 });
    expect(resolved.code).toBe(0);
    expect(resolved.stdout).toContain('Auf dem Stand der Vorlagen 0.1.0.');
  });

  it('on a project as create-city-app writes it, merges at the first update', async () => {
    const generated = await makeProject(
      answersFor('Lübtheen', { packageSource: { kind: 'registry', version: '0.0.9' } }),
      { templateVersion: '0.0.9', templates: oldTemplates },
      { base: true },
    );
    try {
      await generated.write('.gitignore', '# Lübtheen\nnode_modules/\ndist/\n.env\n');
      const run = await runCli(['update', '--yes', '--json'], generated.root, { engine: v2 });
      expect(run.code).toBe(0);
      const result = run.json();
      expect(result.merged).toEqual(['.gitignore']);
      expect(result.conflicts).toEqual([]);
      expect(result.updated).toContain('src/server.ts');
      expect(await generated.read('.gitignore')).toBe(
        '# Lübtheen\nnode_modules/\ndist/\n.data/\n.env\n*.log\n',
      );
      expect(await generated.read('.city-app/base/src/server.ts')).toBe(
        await generated.read('src/server.ts'),
      );
    } finally {
      await generated.cleanup();
    }
  });

  it('without a recorded base, never overwrites a file that differs', async () => {
    await project.write('.gitignore', 'mine\n');
    const run = await runCli(['update', '--yes', '--json'], project.root, { engine: v2 });
    expect(run.code).toBe(1);
    expect(run.json().conflicts).toEqual(expect.arrayContaining(['.gitignore', 'src/server.ts']));
    const text = await project.read('.gitignore');
    expect(text.startsWith('<<<<<<< ours (this project)\nmine\n')).toBe(true);
  });

  it('asks nothing and writes nothing without a terminal and --yes', async () => {
    const before = await project.snapshot();
    const run = await runCli(['update'], project.root, { engine: v2 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--yes');
    expect(await project.snapshot()).toEqual(before);
  });
});
