import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  parseStarterYaml,
  readStarterFile,
  type StarterInvalid,
  type StarterNotYaml,
} from '../index.js';

class NotYaml extends Error {
  constructor(readonly problem: StarterNotYaml) {
    super('not yaml');
  }
}
class Invalid extends Error {
  constructor(readonly problem: StarterInvalid) {
    super('invalid');
  }
}

const starter = {
  source: 'library/rooms.yaml',
  schema: z.strictObject({
    rooms: z.array(z.object({ name: z.string().min(1), seats: z.number().int().max(200) })),
  }),
  rootField: 'rooms',
  notYaml: (problem: StarterNotYaml) => new NotYaml(problem),
  invalid: (problem: StarterInvalid) => new Invalid(problem),
};

function refusal(text: string): unknown {
  try {
    parseStarterYaml(text, starter);
  } catch (error) {
    return error;
  }
  throw new Error('the file was taken');
}

describe('parseStarterYaml', () => {
  it('gives the file as its schema reads it', () => {
    expect(parseStarterYaml('rooms:\n  - name: Saal\n    seats: 80\n', starter)).toEqual({
      rooms: [{ name: 'Saal', seats: 80 }],
    });
  });

  it('names the line of a file that is not YAML', () => {
    const error = refusal('rooms:\n  - name: Saal\n  seats: [80\n');
    expect(error).toBeInstanceOf(NotYaml);
    expect((error as NotYaml).problem).toEqual({
      source: 'library/rooms.yaml',
      line: 3,
      reason: 'BAD_INDENT',
    });
    const quote = refusal('rooms:\n  - name: Saal\n    seats: 80\n  - name: "Foyer\n');
    expect((quote as NotYaml).problem.line).toBe(5);
  });

  it('names the first refused entry and why, in German and English', () => {
    const error = refusal('rooms:\n  - name: Saal\n    seats: 500\n');
    expect(error).toBeInstanceOf(Invalid);
    const { problem } = error as Invalid;
    expect(problem.field).toBe('rooms.0.seats');
    expect(problem.problem).toMatchObject({ de: expect.stringContaining('200') });
    expect(problem.problem).toMatchObject({ en: expect.stringContaining('200') });
  });

  it('names the root field when the file as a whole is wrong', () => {
    expect((refusal('') as Invalid).problem.field).toBe('rooms');
  });
});

describe('readStarterFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'starter-'));
    await writeFile(join(dir, 'rooms.yaml'), 'rooms: []\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the town’s file, and gives null when the town has none', async () => {
    expect(await readStarterFile(dir, 'rooms.yaml')).toBe('rooms: []\n');
    expect(await readStarterFile(dir, 'halls.yaml')).toBeNull();
  });
});
