/** Adapter from an {@link OkeHandler} to node:http, with a body size limit while reading. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_MAX_BODY_BYTES, type OkeHandler } from './handler.js';
import { problemResponse } from './problem.js';
import type { OkeResponse } from './types.js';

function send(res: ServerResponse, r: OkeResponse): void {
  if (res.headersSent) return;
  res.writeHead(r.status, r.headers);
  res.end(r.body);
}

/**
 * @param handler - an OKE handler
 * @param options - `maxBodyBytes`: bodies above it are answered 413 without being read further
 * @returns a `(req, res)` listener for `http.createServer`
 */
export function toNodeListener(
  handler: OkeHandler,
  options: { maxBodyBytes?: number } = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const max = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () => {
      send(res, problemResponse(413, 'Verzoek te groot', `Het verzoek is groter dan ${max} bytes`));
      req.resume();
    };
    if (declared > max) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on('data', (c: Buffer) => {
      if (aborted) return;
      size += c.length;
      if (size > max) {
        aborted = true;
        tooLarge();
        return;
      }
      chunks.push(c);
    });
    req.on('error', () => {
      aborted = true;
    });
    req.on('end', () => {
      if (aborted) return;
      const body = Buffer.concat(chunks);
      handler({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        ...(body.length
          ? { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) }
          : {}),
      })
        .then((r) => send(res, r))
        .catch(() => send(res, problemResponse(500, 'Interne fout')));
    });
  };
}
