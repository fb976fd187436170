// Every JSON file of every package's `schema/` folder (src/data/downloads.ts), served unchanged at
// `/schemas/<package>/<file>`: the URL each schema's `$id` names (#15), so the `$id` resolves.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDownloads } from '../../../data/downloads.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadDownloads().flatMap((d) =>
    d.schema
      ? [{ params: { pkg: d.schema.pkg, file: d.schema.file }, props: { body: d.body } }]
      : [],
  );

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array((props as { body: Buffer }).body), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
