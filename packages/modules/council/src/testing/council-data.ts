/**
 * A town council as an OParl server would hold it, built from the object shapes of the OParl
 * specification's examples (Organization, Person with Membership, Meeting with Location, File
 * and AgendaItem, Paper with File and Consultation): committees, their members, meetings with
 * agendas and the papers on them. Addresses are made under `base` once the server listens.
 */

export type Version = '1.0' | '1.1';

export interface CouncilSize {
  organizations: number;
  persons: number;
  meetings: number;
  papers: number;
}

/** One stored object: its JSON, and when it last changed (what `modified_since` compares). */
export interface Held {
  json: Record<string, unknown>;
  modifiedMs: number;
  deleted: boolean;
}

export type ListName = 'organization' | 'person' | 'meeting' | 'paper';

export interface CouncilData {
  version: Version;
  base: string;
  lists: Record<ListName, Held[]>;
}

const TOPICS = [
  'Sanierung der Grundschule am Markt',
  'Radweg an der Bahnhofstraße',
  'Haushaltssatzung und Haushaltsplan',
  'Bebauungsplan Nr. 12 „Am Mühlenteich“',
  'Freiwillige Feuerwehr: neues Löschfahrzeug',
  'Spielplatz im Neubaugebiet',
  'Straßenbeleuchtung auf LED',
  'Gebührensatzung für die Kita',
];

const COMMITTEES = [
  'Stadtvertretung',
  'Hauptausschuss',
  'Finanzausschuss',
  'Bauausschuss',
  'Ausschuss für Bildung, Kultur und Sport',
  'Ortsbeirat Neudorf',
];

// The day the sample's history begins: objects not changed since carry this time.
const SINCE_MS = Date.parse('2024-03-01T09:00:00+01:00');

const stamp = (version: Version, ms: number) =>
  // A 1.0 server (ALLRIS as in Leipzig) sends empty strings where a date is missing.
  version === '1.0'
    ? { created: '', modified: new Date(ms).toISOString() }
    : {
        created: new Date(SINCE_MS).toISOString(),
        modified: new Date(ms).toISOString(),
      };

const schema = (version: Version, type: string) => `https://schema.oparl.org/${version}/${type}`;

/** The council's data; meetings start from `firstMeeting` on, one every `meetingEveryDays`. */
export function councilData(
  version: Version,
  base: string,
  size: CouncilSize,
  firstMeeting: Date,
): CouncilData {
  const body = `${base}/body/1`;
  const type = (name: string) => schema(version, name);
  const at = SINCE_MS;
  const organization = (i: number) => `${base}/organization/${i}`;
  const meeting = (i: number) => `${base}/meeting/${i}`;
  const location = (i: number) => ({
    id: `${base}/location/${i}`,
    type: type('Location'),
    description: `Rathaus, Sitzungssaal ${i + 1}, Markt 1`,
    // The spec's Meeting example writes [latitude, longitude]; every other location is so here.
    geojson: {
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: i % 2 === 0 ? [53.4264, 11.1846] : [11.1846, 53.4264],
      },
      properties: { name: 'Rathaus' },
    },
  });
  const file = (id: string, name: string) => ({
    id: `${base}/file/${id}`,
    type: type('File'),
    name,
    fileName: `${id}.pdf`,
    mimeType: 'application/pdf',
    date: '2024-03-01',
    size: 82930,
    accessUrl: `${base}/file/${id}.pdf`,
    downloadUrl: `${base}/file/download/${id}.pdf`,
    ...(version === '1.1' ? stamp(version, at) : {}),
  });
  const agendaItems = 3;
  const held = (json: Record<string, unknown>): Held => ({ json, modifiedMs: at, deleted: false });

  const organizations = Array.from({ length: size.organizations }, (_, i) =>
    held({
      id: organization(i),
      type: type('Organization'),
      body,
      name: COMMITTEES[i % COMMITTEES.length] + (i >= COMMITTEES.length ? ` ${i}` : ''),
      organizationType: 'Gremium',
      classification: i === 0 ? 'Stadtvertretung' : 'Ausschuss',
      location: location(0),
      ...stamp(version, at),
    }),
  );
  const persons = Array.from({ length: size.persons }, (_, i) =>
    held({
      id: `${base}/person/${i}`,
      type: type('Person'),
      body,
      name: `Ratsmitglied ${i + 1}`,
      familyName: `Mitglied ${i + 1}`,
      givenName: 'Rats',
      membership: [
        {
          id: `${base}/membership/${i}`,
          type: type('Membership'),
          organization: organization(i % Math.max(1, size.organizations)),
          role: i % 5 === 0 ? 'Vorsitz' : 'Mitglied',
          votingRight: true,
          startDate: '2024-06-09',
        },
      ],
      ...stamp(version, at),
    }),
  );
  const meetings = Array.from({ length: size.meetings }, (_, i) => {
    const start = new Date(firstMeeting.getTime() + i * 7 * 86_400_000);
    return held({
      id: meeting(i),
      type: type('Meeting'),
      name: `${i + 1}. Sitzung ${COMMITTEES[i % COMMITTEES.length]}`,
      start: start.toISOString().replace('.000Z', '+00:00'),
      end: new Date(start.getTime() + 3 * 3_600_000).toISOString().replace('.000Z', '+00:00'),
      location: location(i),
      organization: [organization(i % Math.max(1, size.organizations))],
      invitation: file(`invitation-${i}`, 'Einladung'),
      agendaItem: Array.from({ length: agendaItems }, (_, n) => ({
        id: `${base}/agendaitem/${i}-${n}`,
        type: type('AgendaItem'),
        meeting: meeting(i),
        number: `${n + 1}`,
        name: TOPICS[(i + n) % TOPICS.length],
        public: n !== agendaItems - 1,
        ...(version === '1.1' ? stamp(version, at) : {}),
      })),
      ...stamp(version, at),
    });
  });
  const papers = Array.from({ length: size.papers }, (_, i) => {
    const onMeeting = i % Math.max(1, size.meetings);
    return held({
      id: `${base}/paper/${i}`,
      type: type('Paper'),
      body,
      name: `Beschlussvorlage: ${TOPICS[i % TOPICS.length]}`,
      reference: `${String(i + 1).padStart(4, '0')}/2024`,
      date: '2024-03-01',
      paperType: 'Beschlussvorlage',
      mainFile: file(`paper-${i}`, 'Vorlage'),
      consultation: [
        {
          id: `${base}/consultation/${i}`,
          type: type('Consultation'),
          paper: `${base}/paper/${i}`,
          agendaItem: `${base}/agendaitem/${onMeeting}-0`,
          meeting: meeting(onMeeting),
          organization: [organization(onMeeting % Math.max(1, size.organizations))],
          authoritative: false,
          role: 'Beschlussfassung',
        },
      ],
      ...stamp(version, at),
    });
  });
  return {
    version,
    base,
    lists: { organization: organizations, person: persons, meeting: meetings, paper: papers },
  };
}
