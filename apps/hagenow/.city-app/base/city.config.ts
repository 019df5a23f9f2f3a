import { defineCity } from '@city-app/core';

// The town's configuration: facts, branding, legal pages and the enabled modules.
// Every option is described in the JSON Schema of @city-app/core; `city-app config explain
// <path>` prints one. Change it here and restart the server.
export default defineCity({
  town: {
    name: 'Hagenow',
    state: 'DE-MV',
    population: 12175,
    areaKm2: 67.45,
    website: 'https://www.hagenow.de',
  },
  branding: {
    appName: 'HageNOW!',
    primaryColor: '#005a8c',
    logo: 'logo.svg',
  },
  locales: ['de', 'en'],
  timezone: 'Europe/Berlin',
  legal: {
    imprint: {
      organisation: 'Stadt Hagenow',
      role: 'Stadtverwaltung',
      representative: 'vertreten durch den Bürgermeister',
      address: 'Lange Straße 28–32\n19230 Hagenow',
      email: 'rathaus@hagenow.example',
      supervisoryAuthority: 'Landkreis Ludwigslust-Parchim',
    },
    privacy: {
      controller: 'Stadt Hagenow',
      email: 'datenschutz@hagenow.example',
      supervisoryAuthority: 'Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern',
    },
    accessibility: {
      contactEmail: 'barrierefreiheit@hagenow.example',
    },
    feedbackEmail: 'app@hagenow.example',
  },
  areas: [
    {
      id: 'granzin',
      name: 'Granzin',
    },
    {
      id: 'hagenow-heide',
      name: 'Hagenow Heide',
    },
    {
      id: 'scharbow',
      name: 'Scharbow',
    },
    {
      id: 'sudenhof',
      name: 'Sudenhof',
    },
    {
      id: 'viez',
      name: 'Viez',
    },
    {
      id: 'zapel',
      name: 'Zapel',
    },
  ],
  modules: {
    news: {},
    "experiment-space": {
      library: {
        name: 'Stadtbibliothek Hagenow – Digitaler Knotenpunkt',
        address: '19230 Hagenow',
        email: 'bibliothek@hagenow.example',
      },
      openingHours: [
        {
          weekday: 2,
          opens: '10:00',
          closes: '18:00',
        },
        {
          weekday: 3,
          opens: '10:00',
          closes: '18:00',
        },
        {
          weekday: 4,
          opens: '10:00',
          closes: '19:00',
        },
        {
          weekday: 5,
          opens: '10:00',
          closes: '16:00',
        },
        {
          weekday: 6,
          opens: '10:00',
          closes: '13:00',
        },
      ],
      rules: {
        granularityMinutes: 30,
        minDurationMinutes: 30,
        maxDurationMinutes: 240,
        maxHorizonDays: 60,
        cancellationDeadlineMinutes: 120,
        waitlistOfferMinutes: 1440,
      },
      groups: [
        {
          id: 'school',
          label: {
            de: 'Schulklasse',
            en: 'School class',
          },
          maxHorizonDays: 180,
          maxDurationMinutes: 360,
        },
        {
          id: 'association',
          label: {
            de: 'Verein',
            en: 'Association',
          },
          maxHorizonDays: 120,
        },
        {
          id: 'business',
          label: {
            de: 'Unternehmen',
            en: 'Business',
          },
          maxHorizonDays: 90,
          quotas: [
            {
              period: 'month',
              maxHours: 16,
            },
          ],
        },
        {
          id: 'education_provider',
          label: {
            de: 'Bildungsträger',
            en: 'Education provider',
          },
          maxHorizonDays: 365,
          maxDurationMinutes: 480,
        },
      ],
      resources: [
        {
          id: '3d-drucker-1',
          kind: 'equipment',
          category: '3d-printer',
          name: {
            de: '3D-Drucker 1',
            en: '3D printer 1',
          },
          description: {
            de: 'Ein Filament-3D-Drucker mit einem Bauraum von 25 × 21 × 21 cm. Gedruckt wird mit PLA, das die Bibliothek stellt.',
            en: 'A filament 3D printer with a build volume of 25 × 21 × 21 cm. It prints PLA, provided by the library.',
          },
          uses: [
            {
              de: 'Ersatzteile, Halterungen und Prototypen drucken',
              en: 'Print spare parts, holders and prototypes',
            },
            {
              de: 'Eigene Entwürfe oder Vorlagen aus freien Sammlungen drucken',
              en: 'Print your own designs or models from open collections',
            },
          ],
          accessibility: {
            stepFree: true,
            notes: {
              de: 'Der Drucker steht auf einem Tisch in 75 cm Höhe, mit dem Rollstuhl unterfahrbar.',
              en: 'The printer stands on a table 75 cm high, with wheelchair knee space.',
            },
          },
          location: 'Digitaler Knotenpunkt, Erdgeschoss',
          photo: {
            src: '/modules/experiment-space/3d-drucker.svg',
            alt: {
              de: 'Zeichnung eines 3D-Druckers, der ein blaues Bauteil druckt',
              en: 'Drawing of a 3D printer printing a blue part',
            },
          },
          prerequisites: ['3d-printer-briefing'],
          rules: {
            granularityMinutes: 60,
            minDurationMinutes: 60,
            maxDurationMinutes: 240,
            bufferAfterMinutes: 15,
            quotas: [
              {
                period: 'week',
                maxHours: 6,
              },
            ],
          },
        },
        {
          id: '3d-drucker-2',
          kind: 'equipment',
          category: '3d-printer',
          name: {
            de: '3D-Drucker 2',
            en: '3D printer 2',
          },
          description: {
            de: 'Ein zweiter Filament-3D-Drucker gleicher Bauart, für längere Drucke.',
            en: 'A second filament 3D printer of the same make, for longer prints.',
          },
          uses: [
            {
              de: 'Längere Drucke bis vier Stunden',
              en: 'Longer prints of up to four hours',
            },
          ],
          accessibility: {
            stepFree: true,
          },
          location: 'Digitaler Knotenpunkt, Erdgeschoss',
          prerequisites: ['3d-printer-briefing'],
          rules: {
            granularityMinutes: 60,
            minDurationMinutes: 60,
            maxDurationMinutes: 240,
            bufferAfterMinutes: 15,
            quotas: [
              {
                period: 'week',
                maxHours: 6,
              },
            ],
          },
          photo: {
            src: '/modules/experiment-space/3d-drucker.svg',
            alt: {
              de: 'Zeichnung eines 3D-Druckers, der ein blaues Bauteil druckt',
              en: 'Drawing of a 3D printer printing a blue part',
            },
          },
        },
        {
          id: 'vr-brille-1',
          kind: 'equipment',
          category: 'vr-headset',
          name: {
            de: 'VR-Brille 1',
            en: 'VR headset 1',
          },
          description: {
            de: 'Eine eigenständige VR-Brille mit zwei Controllern und ausgewählten Lern- und Erlebnis-Apps.',
            en: 'A standalone VR headset with two controllers and selected learning and experience apps.',
          },
          uses: [
            {
              de: 'Virtuelle Museen und Orte besuchen',
              en: 'Visit virtual museums and places',
            },
            {
              de: 'AR- und VR-Anwendungen für Unterricht und Beruf ausprobieren',
              en: 'Try AR and VR applications for teaching and work',
            },
          ],
          accessibility: {
            stepFree: true,
            notes: {
              de: 'Im Sitzen nutzbar. Nicht empfohlen bei Epilepsie oder Schwindel; ab 13 Jahren.',
              en: 'Can be used seated. Not recommended with epilepsy or dizziness; from age 13.',
            },
          },
          location: 'Digitaler Knotenpunkt, VR-Ecke',
          photo: {
            src: '/modules/experiment-space/vr-brille.svg',
            alt: {
              de: 'Zeichnung einer Person mit VR-Brille und zwei Controllern',
              en: 'Drawing of a person wearing a VR headset, with two controllers',
            },
          },
          approvalRequired: true,
          rules: {
            minDurationMinutes: 30,
            maxDurationMinutes: 120,
          },
        },
        {
          id: 'vr-brille-2',
          kind: 'equipment',
          category: 'vr-headset',
          name: {
            de: 'VR-Brille 2',
            en: 'VR headset 2',
          },
          description: {
            de: 'Eine zweite VR-Brille gleicher Bauart, etwa für gemeinsame Erlebnisse.',
            en: 'A second VR headset of the same make, e.g. for shared experiences.',
          },
          accessibility: {
            stepFree: true,
          },
          location: 'Digitaler Knotenpunkt, VR-Ecke',
          approvalRequired: true,
          rules: {
            minDurationMinutes: 30,
            maxDurationMinutes: 120,
          },
          photo: {
            src: '/modules/experiment-space/vr-brille.svg',
            alt: {
              de: 'Zeichnung einer Person mit VR-Brille und zwei Controllern',
              en: 'Drawing of a person wearing a VR headset, with two controllers',
            },
          },
        },
        {
          id: '360-kamera',
          kind: 'equipment',
          category: '360-camera',
          name: {
            de: '360°-Kamera',
            en: '360° camera',
          },
          description: {
            de: 'Eine 360°-Kamera mit Stativ für Rundum-Fotos und -Videos, zum Beispiel für virtuelle Rundgänge.',
            en: 'A 360° camera with tripod for all-round photos and videos, e.g. for virtual tours.',
          },
          uses: [
            {
              de: 'Virtuelle Rundgänge durch Vereinsheim, Laden oder Schule erstellen',
              en: 'Create virtual tours of a club house, shop or school',
            },
          ],
          accessibility: {
            stepFree: true,
          },
          location: 'Ausleihe an der Theke',
          rules: {
            granularityMinutes: 60,
            minDurationMinutes: 60,
            maxDurationMinutes: 360,
          },
          photo: {
            src: '/modules/experiment-space/360-kamera.svg',
            alt: {
              de: 'Zeichnung einer 360°-Kamera auf einem Stativ',
              en: 'Drawing of a 360° camera on a tripod',
            },
          },
        },
        {
          id: 'videokonferenzraum',
          kind: 'room',
          category: 'video-room',
          name: {
            de: 'Videokonferenzraum',
            en: 'Video-conference room',
          },
          description: {
            de: 'Ein Raum für bis zu 8 Personen mit Kamera, Raummikrofon, großem Bildschirm und schnellem Internet.',
            en: 'A room for up to 8 people with camera, room microphone, large screen and fast internet.',
          },
          uses: [
            {
              de: 'Videokonferenzen und Bewerbungsgespräche',
              en: 'Video conferences and job interviews',
            },
            {
              de: 'Live-Übertragungen von Seminaren',
              en: 'Live broadcasts of seminars',
            },
          ],
          accessibility: {
            stepFree: true,
            notes: {
              de: 'Induktionsschleife für Hörgeräte vorhanden.',
              en: 'Hearing loop for hearing aids available.',
            },
          },
          location: 'Digitaler Knotenpunkt, 1. Obergeschoss (Aufzug)',
          bookableBy: [
            'resident',
            'school',
            'association',
            'business',
            'education_provider',
          ],
          approvalRequired: true,
          openingHours: [
            {
              weekday: 1,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 2,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 3,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 4,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 5,
              opens: '08:00',
              closes: '18:00',
            },
          ],
          rules: {
            granularityMinutes: 30,
            minDurationMinutes: 60,
            maxDurationMinutes: 480,
          },
          photo: {
            src: '/modules/experiment-space/videokonferenzraum.svg',
            alt: {
              de: 'Zeichnung eines Besprechungstischs vor einem Bildschirm mit vier zugeschalteten Personen',
              en: 'Drawing of a meeting table in front of a screen showing four remote participants',
            },
          },
        },
        {
          id: 'digitaler-seminarraum',
          kind: 'room',
          category: 'seminar-room',
          name: {
            de: 'Digitaler Seminarraum',
            en: 'Digital seminar room',
          },
          description: {
            de: 'Ein Seminarraum für 16 Personen mit Laptops, Beamer und Videokonferenztechnik, den sich Volkshochschule, Schulen, Vereine und weitere Bildungsträger teilen.',
            en: 'A seminar room for 16 people with laptops, projector and video-conference equipment, shared by the adult-education centre, schools, associations and other education providers.',
          },
          uses: [
            {
              de: 'Kurse und Seminare vor Ort und live übertragen',
              en: 'Courses and seminars on site and broadcast live',
            },
            {
              de: 'Landesweite Volkshochschulangebote dezentral empfangen',
              en: 'Join statewide adult-education courses remotely',
            },
          ],
          accessibility: {
            stepFree: true,
            notes: {
              de: 'Aufzug, Induktionsschleife, höhenverstellbarer Tisch.',
              en: 'Lift, hearing loop, height-adjustable desk.',
            },
          },
          location: 'Digitaler Knotenpunkt, 1. Obergeschoss (Aufzug)',
          bookableBy: ['school', 'association', 'education_provider'],
          openingHours: [
            {
              weekday: 1,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 2,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 3,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 4,
              opens: '08:00',
              closes: '21:00',
            },
            {
              weekday: 5,
              opens: '08:00',
              closes: '18:00',
            },
            {
              weekday: 6,
              opens: '09:00',
              closes: '14:00',
            },
          ],
          rules: {
            granularityMinutes: 30,
            minDurationMinutes: 60,
            maxDurationMinutes: 480,
          },
          photo: {
            src: '/modules/experiment-space/seminarraum.svg',
            alt: {
              de: 'Zeichnung eines Seminarraums mit digitaler Tafel und Tischreihen mit Laptops',
              en: 'Drawing of a seminar room with a digital board and rows of desks with laptops',
            },
          },
        },
      ],
      courses: [
        {
          id: '3d-druck-einsteiger',
          title: {
            de: '3D-Druck für Einsteiger',
            en: '3D printing for beginners',
          },
          description: {
            de: 'Vom Modell zum fertigen Druck: Wir zeigen Slicer, Drucker und Material. Die Teilnahme gilt als Einweisung für die 3D-Drucker der Bibliothek.',
            en: 'From model to finished print: slicer, printer and material. Taking part counts as the briefing for the library’s 3D printers.',
          },
          seats: 6,
          sessions: [
            {
              id: '2027-01-12',
              start: '2027-01-12T16:00',
              end: '2027-01-12T18:00',
            },
            {
              id: '2027-01-26',
              start: '2027-01-26T16:00',
              end: '2027-01-26T18:00',
            },
            {
              id: '2027-02-09',
              start: '2027-02-09T16:00',
              end: '2027-02-09T18:00',
            },
          ],
        },
        {
          id: 'vr-ausprobieren',
          title: {
            de: 'Virtuelle Realität ausprobieren',
            en: 'Try virtual reality',
          },
          description: {
            de: 'Eine Stunde mit VR-Brillen: virtuelle Ausflüge, Lern-Apps und was man dabei beachten sollte. Ab 13 Jahren.',
            en: 'An hour with VR headsets: virtual trips, learning apps and what to keep in mind. From age 13.',
          },
          seats: 4,
          sessions: [
            {
              id: '2027-01-16',
              start: '2027-01-16T10:00',
              end: '2027-01-16T11:00',
            },
            {
              id: '2027-02-13',
              start: '2027-02-13T10:00',
              end: '2027-02-13T11:00',
            },
          ],
        },
        {
          id: 'vhs-digitaler-alltag',
          title: {
            de: 'Sicher im digitalen Alltag – Live-Seminar der Volkshochschule',
            en: 'Safe in everyday digital life – live seminar of the adult-education centre',
          },
          description: {
            de: 'Ein landesweites Volkshochschul-Seminar, live übertragen in den Digitalen Seminarraum: Passwörter, Online-Banking, Betrugsmaschen erkennen.',
            en: 'A statewide adult-education seminar, broadcast live into the digital seminar room: passwords, online banking, spotting scams.',
          },
          seats: 12,
          location: 'digitaler-seminarraum',
          remote: true,
          provider: 'Volkshochschule Ludwigslust-Parchim',
          sessions: [
            {
              id: '2027-01-20',
              start: '2027-01-20T18:00',
              end: '2027-01-20T19:30',
            },
            {
              id: '2027-01-27',
              start: '2027-01-27T18:00',
              end: '2027-01-27T19:30',
            },
          ],
        },
      ],
      providerQuotas: [
        {
          organisation: 'Volkshochschule Ludwigslust-Parchim',
          resourceIds: ['digitaler-seminarraum', 'videokonferenzraum'],
          period: 'month',
          maxHours: 40,
        },
      ],
      anonymiseAfterDays: 30,
      reminderHours: 24,
    },
    waste: {
      authority: 'Abfallwirtschaft Landkreis Ludwigslust-Parchim',
    },
    events: {},
    reports: {},
    council: {},
    surveys: {},
  },
});
