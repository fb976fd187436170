/**
 * A client for DUO's RIO Raadplegen webservice (DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4, SOAP 1.1)
 * with mutual TLS, as DUO requires (the institution's PKIoverheid certificate and key; DUO's CA).
 * Requests are built and responses read by the schema-driven codec (codec.ts), so what goes out is
 * XSD-checked and what comes in is typed. Bounded: a timeout and a maximum response size.
 *
 * Not covered: DUO's WS-Security message signature (the client transports the message; signing is
 * left to the caller's infrastructure) — stated here so nobody assumes it.
 */
import { request } from 'node:https';
import { EdustandaardError } from '@edustandaard/core';
import type { RioErrorCode } from '../errors.js';
import { redactNumbers } from '../redact.js';
import { buildMessage, type RioContractBuild } from '../messages/codec.js';
import { toSoapEnvelope } from '../messages/build.js';
import { readResponse, type RioResponse } from '../messages/read.js';

/** The SOAPAction of an operation, as in the Raadplegen WSDL (`soap:operation/@soapAction`). */
export const RAADPLEGEN_SOAP_ACTION = (action: string): string =>
  `http://duo.nl/contract/DUO_RIO_Raadplegen_OnderwijsOrganisatie_V4/${action}`;

/** Options of {@link raadplegenClient}. */
export interface RaadplegenClientOptions {
  /** The service endpoint; `https:` only. */
  url: string;
  /** Client certificate chain (PEM) for mutual TLS. */
  cert: string | Buffer;
  /** Its private key (PEM). */
  key: string | Buffer;
  passphrase?: string;
  /** CA certificate(s) that sign the server's certificate (PEM); default: Node's root store. */
  ca?: string | Buffer | (string | Buffer)[];
  /** OIN of the sender and of DUO, for the Bedrijfsdocument header. */
  verzendendeInstantie: string;
  ontvangendeInstantie: string;
  /** Default 30 s. */
  timeoutMs?: number;
  /** Largest response accepted (default 16 MiB). */
  maxBytes?: number;
  /** Contract build (default `2022`). */
  build?: RioContractBuild;
}

/** A Raadplegen client. */
export interface RaadplegenClient {
  /**
   * Calls `opvragen_<x>`: `body` is the request's content after the header, as {@link readMessage}
   * returns it (e.g. `{ aangebodenOpleidingCode: '…' }`). Throws `E_RIO_MODEL` when the request
   * breaks the XSD, `E_HTTP`/`E_TIMEOUT` for transport problems, `E_RIO_FAULT` for a SOAP fault.
   */
  opvragen(action: string, body: Record<string, unknown>): Promise<RioResponse>;
}

/**
 * Creates a client.
 * @param options - endpoint, mutual-TLS material, header OINs, bounds
 */
export function raadplegenClient(options: RaadplegenClientOptions): RaadplegenClient {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new EdustandaardError<RioErrorCode>('E_USAGE', `Ongeldige URL '${options.url}'.`);
  }
  if (url.protocol !== 'https:')
    throw new EdustandaardError<RioErrorCode>(
      'E_USAGE',
      'De Raadplegen-service vereist https met wederzijdse TLS (client-certificaat).',
    );
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  return {
    async opvragen(action, body) {
      const element = `${action}_request`;
      const built = buildMessage(
        element,
        {
          identificatiecodeBedrijfsdocument: globalThis.crypto.randomUUID(),
          verzendendeInstantie: options.verzendendeInstantie,
          ontvangendeInstantie: options.ontvangendeInstantie,
          datumTijdBedrijfsdocument: new Date().toISOString(),
          ...body,
        },
        {
          service: 'raadplegen',
          pretty: false,
          ...(options.build ? { build: options.build } : {}),
        },
      );
      if (!built.xml) {
        const f = built.issues[0]!;
        throw new EdustandaardError<RioErrorCode>(
          'E_RIO_MODEL',
          `Verzoek ${action} voldoet niet aan de XSD: ${f.message}`,
          { path: f.path },
        );
      }
      const payload = Buffer.from(toSoapEnvelope(built.xml), 'utf8');
      const bytes = await post(
        url,
        payload,
        RAADPLEGEN_SOAP_ACTION(action),
        options,
        timeoutMs,
        maxBytes,
      );
      return readResponse(bytes, { file: url.origin });
    },
  };
}

function post(
  url: URL,
  payload: Buffer,
  soapAction: string,
  o: RaadplegenClientOptions,
  timeoutMs: number,
  maxBytes: number,
): Promise<Buffer> {
  const where = { file: url.origin };
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        cert: o.cert,
        key: o.key,
        ...(o.passphrase ? { passphrase: o.passphrase } : {}),
        ...(o.ca ? { ca: o.ca } : {}),
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          'content-length': payload.length,
          soapaction: `"${soapAction}"`,
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
          if (n > maxBytes) {
            req.destroy();
            reject(
              new EdustandaardError<RioErrorCode>(
                'E_HTTP',
                `Antwoord groter dan ${maxBytes} bytes.`,
                where,
              ),
            );
          } else chunks.push(c);
        });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const ct = String(res.headers['content-type'] ?? '');
          // SOAP 1.1 faults come with 500; anything else that is not 200 XML is a transport error.
          if (status === 200 || (status === 500 && /xml/i.test(ct))) resolve(Buffer.concat(chunks));
          else
            reject(
              new EdustandaardError<RioErrorCode>(
                'E_HTTP',
                `HTTP ${status} van de Raadplegen-service: ${redactNumbers(Buffer.concat(chunks).toString('utf8', 0, 200))}`,
                where,
              ),
            );
        });
        res.on('error', (e) =>
          reject(new EdustandaardError<RioErrorCode>('E_HTTP', e.message, where, { cause: e })),
        );
      },
    );
    req.on('timeout', () => {
      req.destroy();
      reject(
        new EdustandaardError<RioErrorCode>(
          'E_TIMEOUT',
          `Geen antwoord binnen ${timeoutMs} ms.`,
          where,
        ),
      );
    });
    req.on('error', (e) =>
      reject(
        e instanceof EdustandaardError
          ? e
          : new EdustandaardError<RioErrorCode>(
              'E_HTTP',
              `Verbinding mislukt: ${e.message}`,
              where,
              { cause: e },
            ),
      ),
    );
    req.end(payload);
  });
}
