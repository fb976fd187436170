/**
 * The RIO side of the synchronisation gathered through the Raadplegen webservice instead of the DUO
 * CSV exports (#12 optional source): the bestuur's aanbieders (`opvragen_onderwijsaanbiedersVanOrganisatie`),
 * their aangeboden opleidingen with periodes and cohorten (`opvragen_aangebodenOpleidingenVanOrganisatie`,
 * paged) and the bestuur's opleidingseenheden (`opvragen_opleidingseenhedenVanOrganisatie`, paged).
 * The result is the same {@link RioSide} the CSV path gives, so {@link buildPlan} is unchanged.
 * HO and particuliere (NFO) entities are kept; other sectors are counted in a finding.
 */
import { createFinding, EdustandaardError, type Finding } from '@edustandaard/core';
import { RIO_MESSAGES } from '../catalogue.js';
import type { RioErrorCode } from '../errors.js';
import type { RioCohort, RioItem, RioSide } from '../sync/rio-side.js';
import type { RaadplegenClient } from './client.js';

type Obj = Record<string, unknown>;
const arr = (v: unknown): Obj[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Obj => !!x && typeof x === 'object',
  );
const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : String(v));

/** Options of {@link readRioSideFromService}. */
export interface ServiceRioSideOptions {
  /** `yyyy-mm-dd` at which the current period is chosen (default today). */
  peildatum?: string;
  /** Safety bound on pages per query (default 1,000). */
  maxPaginas?: number;
}

/**
 * Reads one bestuur's RIO side from the Raadplegen service.
 * @param client - a {@link raadplegenClient}
 * @param bestuur - onderwijsbestuurcode
 * @param options - peildatum, page bound
 */
export async function readRioSideFromService(
  client: RaadplegenClient,
  bestuur: string,
  options: ServiceRioSideOptions = {},
): Promise<RioSide> {
  const peildatum = options.peildatum ?? new Date().toISOString().slice(0, 10);
  const maxPaginas = options.maxPaginas ?? 1000;
  const findings: Finding[] = [];
  const skipped = new Map<string, number>();
  const call = async (action: string, body: Obj): Promise<Obj> => {
    const r = await client.opvragen(action, body);
    if (!r.goedgekeurd)
      throw new EdustandaardError<RioErrorCode>(
        'E_RIO_FAULT',
        `${action} afgekeurd: ${r.foutmeldingen.map((f) => f.foutcode).join(', ') || 'zonder foutmelding'}.`,
        { path: `/${action}_response` },
      );
    return r.bericht.value;
  };
  const paged = async (action: string, body: Obj, take: (v: Obj) => number): Promise<void> => {
    for (let pagina = 0; pagina < maxPaginas; pagina++) {
      const v = await call(action, { ...body, pagina });
      const n = take(v);
      const p = v.paginering as Obj | undefined;
      const last = p ? Number(p.pagina) + 1 >= Number(p.aantalPaginas) : n === 0;
      if (last || n === 0) return;
    }
    throw new EdustandaardError<RioErrorCode>(
      'E_RIO_FAULT',
      `${action}: meer dan ${maxPaginas} pagina's; verhoog maxPaginas.`,
    );
  };

  const org = await call('opvragen_onderwijsaanbiedersVanOrganisatie', {
    onderwijsbestuurCode: bestuur,
  });
  const aanbieders = arr((org.onderwijsbestuur as Obj | undefined)?.onderwijsaanbieder).map((a) =>
    str(a.onderwijsaanbiedercode),
  );
  if (!aanbieders.length)
    throw new EdustandaardError<RioErrorCode>(
      'E_CSV_NO_MATCH',
      `RIO kent geen onderwijsaanbieders van onderwijsbestuur ${bestuur}.`,
      { path: '/opvragen_onderwijsaanbiedersVanOrganisatie_response' },
    );

  const items: RioItem[] = [];
  const cohorten = new Map<string, RioCohort[]>();
  const sectorOf = (element: string): 'HO' | 'NFO' | undefined =>
    /^(aangeboden)?ho/i.test(element) ? 'HO' : /particuliere/i.test(element) ? 'NFO' : undefined;
  const kenmerk = (o: Obj, naam: string): string =>
    str(arr(o.kenmerken).find((k) => k.kenmerknaam === naam)?.kenmerkwaardeTekst);
  /** The period current at the peildatum, else the latest that began, else the first. */
  const periode = (o: Obj): Obj | undefined => {
    const ps = Object.entries(o)
      .filter(([k]) => k.endsWith('Periode'))
      .flatMap(([, v]) => arr(v))
      .sort((a, b) => str(a.begindatum).localeCompare(str(b.begindatum)));
    return ps.filter((p) => str(p.begindatum) <= peildatum).pop() ?? ps[0];
  };
  const skip = (element: string) => skipped.set(element, (skipped.get(element) ?? 0) + 1);

  for (const aanbieder of aanbieders) {
    await paged(
      'opvragen_aangebodenOpleidingenVanOrganisatie',
      { onderwijsaanbiedercode: aanbieder, peildatum },
      (v) => {
        let n = 0;
        for (const [element, list] of Object.entries(v)) {
          if (!/^aangeboden.*Opleiding(sonderdeel)?$/.test(element)) continue;
          for (const ao of arr(list)) {
            n++;
            const sector = sectorOf(element);
            if (!sector) {
              skip(element);
              continue;
            }
            const code = str(ao.aangebodenOpleidingCode);
            const p = periode(ao);
            items.push({
              entiteit: 'aangebodenOpleiding',
              sector,
              code,
              eigenSleutel: kenmerk(ao, 'eigenAangebodenOpleidingSleutel'),
              opleidingseenheidcode: str(ao.opleidingseenheidcode),
              onderwijsaanbiedercode: str(ao.onderwijsaanbiedercode),
              soort: element,
              opleidingscode: '',
              naam: str(p?.eigenNaamAangebodenOpleiding),
              begindatum: str(ao.begindatum),
              einddatum: str(ao.einddatum),
              voertaal: '',
              bron: { file: 'opvragen_aangebodenOpleidingenVanOrganisatie', line: 0 },
            });
            const cs = Object.entries(ao)
              .filter(([k]) => k.endsWith('Cohort'))
              .flatMap(([, c]) => arr(c))
              .map((c) => ({
                aangebodenOpleidingCode: code,
                cohortcode: str(c.cohortcode),
                cohortstatus: str(c.cohortstatus),
                beginAanmeldperiode: str(c.beginAanmeldperiode),
                instroommoment: str((c.vastInstroommoment as Obj | undefined)?.instroommoment),
                einddatum: str(c.eindeAanmeldperiode),
              }));
            if (cs.length) cohorten.set(code, cs);
          }
        }
        return n;
      },
    );
  }
  await paged(
    'opvragen_opleidingseenhedenVanOrganisatie',
    { onderwijsbestuurcode: bestuur },
    (v) => {
      let n = 0;
      for (const [element, list] of Object.entries(v)) {
        if (!/^(ho[A-Z]|particuliere)/.test(element)) continue;
        for (const oe of arr(list)) {
          n++;
          const sector = sectorOf(element);
          if (!sector) {
            skip(element);
            continue;
          }
          const p = periode(oe);
          items.push({
            entiteit: 'opleidingseenheid',
            sector,
            code: str(oe.opleidingseenheidcode),
            eigenSleutel: kenmerk(oe, 'eigenOpleidingseenheidSleutel'),
            opleidingseenheidcode: str(oe.opleidingseenheidcode),
            onderwijsaanbiedercode: '',
            soort: element,
            opleidingscode: str(arr(oe.opleidingserkenningSleutel)[0]?.opleidingscode),
            naam: str(p?.naamLang),
            begindatum: str(oe.begindatum),
            einddatum: str(oe.einddatum),
            voertaal: '',
            bron: { file: 'opvragen_opleidingseenhedenVanOrganisatie', line: 0 },
          });
        }
      }
      return n;
    },
  );
  if (skipped.size)
    findings.push(
      createFinding(RIO_MESSAGES, 'RIO.SYNC.SECTOR_OVERGESLAGEN', {
        severity: 'aanbeveling',
        path: '/raadplegen',
        params: {
          ...Object.fromEntries(skipped),
          overgeslagen: [...skipped].map(([k, n]) => `${k} ${n}`),
        },
      }),
    );
  findings.push(
    createFinding(RIO_MESSAGES, 'RIO.SYNC.BRON_WEBSERVICE', {
      severity: 'aanbeveling',
      path: '/bronnen',
      params: { aanbieders: aanbieders.length },
    }),
  );
  return { items: items.filter((i) => i.code !== ''), cohorten, bronnen: [], findings };
}
