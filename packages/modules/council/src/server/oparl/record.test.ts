import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readObjects } from './record.js';

const sample = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/oparl/${name}`, import.meta.url), 'utf8'),
  );

describe('reading OParl objects', () => {
  it('splits the spec’s meeting into its embedded location, files and agenda item', () => {
    const read = readObjects(sample('spec-meeting.json'), {
      body: 'https://oparl.example.org/body/0',
    });
    const types = read.records.map((r) => r.type).sort();
    expect(types).toEqual(['AgendaItem', 'File', 'File', 'File', 'File', 'Location', 'Meeting']);
    const meeting = read.records.find((r) => r.type === 'Meeting');
    expect(meeting).toMatchObject({
      name: '4. Sitzung des Finanzausschusses',
      startsAt: '2013-01-04T07:00:00.000Z',
      endsAt: '2013-01-04T11:00:00.000Z',
      organizations: ['https://oparl.example.org/organization/34'],
      parent: null,
    });
    // Embedded objects are kept by their id only.
    expect(meeting?.data.location).toBe('https://oparl.example.org/location/0');
    expect(meeting?.data.agendaItem).toEqual(['https://oparl.example.org/agendaitem/3271']);
    const item = read.records.find((r) => r.type === 'AgendaItem');
    expect(item?.parent).toBe('https://oparl.example.org/meeting/281');
    expect(read.owned).toEqual([
      {
        parent: 'https://oparl.example.org/meeting/281',
        type: 'AgendaItem',
        ids: ['https://oparl.example.org/agendaitem/3271'],
      },
    ]);
  });

  it('turns a location written as [latitude, longitude] the right way round', () => {
    const read = readObjects(sample('spec-meeting.json'), { body: null });
    expect(read.records.find((r) => r.type === 'Location')).toMatchObject({
      latitude: 50.1234,
      longitude: 10.4321,
    });
    const paper = readObjects(sample('spec-paper.json'), { body: null });
    // The paper's location is right already: [7.03291, 50.98249] is Köln.
    expect(paper.records.find((r) => r.type === 'Location')).toMatchObject({
      latitude: 50.98249,
      longitude: 7.03291,
    });
  });

  it('reads Leipzig’s 1.0 body: empty created, embedded legislative terms', () => {
    const read = readObjects(sample('leipzig-body.json'), { body: null });
    const body = read.records.find((r) => r.type === 'Body');
    expect(body).toMatchObject({
      id: 'https://ratsinfo.leipzig.de/bi/oparl/1.0/bodies.asp?id=2387',
      body: 'https://ratsinfo.leipzig.de/bi/oparl/1.0/bodies.asp?id=2387',
      modified: '2018-12-17T13:48:52.000Z',
    });
    const terms = read.records.filter((r) => r.type === 'LegislativeTerm');
    expect(terms.map((t) => [t.name, t.day, t.modified, t.body])).toEqual([
      ['Wahlperiode V', '2009-11-11', null, body?.id],
      ['Wahlperiode VI', '2014-12-18', null, body?.id],
    ]);
  });

  it('marks a deleted object and leaves out unknown types', () => {
    const read = readObjects(
      {
        id: 'https://oparl.example.org/paper/1',
        type: 'https://schema.oparl.org/1.1/Paper',
        deleted: true,
        auxiliaryFile: [{ id: 'x', type: 'https://schema.oparl.org/1.1/Unknown' }],
      },
      { body: null },
    );
    expect(read.records.map((r) => [r.type, r.deleted])).toEqual([['Paper', true]]);
  });
});
