// The files the packages ship (JSON Schemas, XSDs, profiles, fixture zips; src/data/downloads.ts), served as they are — never
// copied into this repository. The overview with sha256 sums is the generated page /downloads/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDownloads } from '../../data/downloads.ts';

export const getStaticPaths: GetStaticPaths = () =>
  loadDownloads().map((d) => ({ params: { file: d.file }, props: { body: d.body, kind: d.kind } }));

export const GET: APIRoute = ({ props }) => {
  const { body, kind } = props as { body: Buffer; kind: string };
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type':
        kind === 'XSD'
          ? 'application/xml'
          : kind.endsWith('(zip)')
            ? 'application/zip'
            : 'application/json',
    },
  });
};
