import type { GermanState } from '../town/states.js';

/** The body a resident turns to when a public body does not answer a reported barrier. */
export interface EnforcementBody {
  name: string;
  url: string;
}

/**
 * The Länder's enforcement or conciliation bodies for the accessibility of public websites
 * and apps (EU directive 2016/2102 as enacted by each Land). Only bodies checked against the
 * body's own public page are listed: for a Land not listed the statement names the Land, and
 * the town enters its body under `legal.accessibility.enforcementBody` (the open-items list
 * asks for it). A town's own entry always wins, so a renamed body is fixed in the config.
 */
export const ENFORCEMENT_BODIES: Partial<Record<GermanState, EnforcementBody>> = {
  'DE-BW': {
    name: 'Schlichtungsstelle beim Landeszentrum Barrierefreiheit Baden-Württemberg (LZ-BARR)',
    url: 'https://barrierefreiheit-bw.de/barrierefreiheitdurchsetzen/schlichtungsverfahren',
  },
  'DE-BY': {
    name: 'Durchsetzungs- und Überwachungsstelle für barrierefreie Informationstechnik am Landesamt für Digitalisierung, Breitband und Vermessung',
    url: 'https://www.finanzministerium.bayern/digitalisierung/barrierefreiheit/',
  },
  'DE-BE': {
    name: 'Schlichtungsstelle nach § 33 LGBG bei der Landesbeauftragten für Menschen mit Behinderungen',
    url: 'https://www.berlin.de/lb/behi/themen/schlichtungsstelle/',
  },
  'DE-HH': {
    name: 'Schlichtungsstelle nach dem Hamburgischen Behindertengleichstellungsgesetz (Öffentliche Rechtsauskunft- und Vergleichsstelle)',
    url: 'https://www.hamburg.de/politik-und-verwaltung/behoerden/sozialbehoerde/themen/behinderung/schlichtungsstelle-behinderung/start-43312',
  },
  'DE-HE': {
    name: 'Durchsetzungs- und Überwachungsstelle für barrierefreie Informationstechnik des Landes Hessen',
    url: 'https://lbit.hessen.de/Durchsetzungs-und-Ueberwachungsstelle/Durchsetzungsverfahren-beantragen',
  },
  'DE-NW': {
    name: 'Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen',
    url: 'https://www.lbbp.nrw.de/ombudsstelle',
  },
  'DE-SH': {
    name: 'Beschwerdestelle für barrierefreie Informationstechnik Schleswig-Holstein',
    url: 'https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/beschwerde-einreichen/',
  },
};

/** The town's own entry, else the known body of its Land, else `undefined`. */
export function enforcementBodyFor(
  state: GermanState,
  configured?: EnforcementBody,
): EnforcementBody | undefined {
  return configured ?? ENFORCEMENT_BODIES[state];
}
