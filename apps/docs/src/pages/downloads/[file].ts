// JSON Schema downloads: the files the packages generate at their build and export (`./schema/*`),
// served as they are (never copied into this repository).
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOso } from '../../data/oso.ts';
import { loadOke } from '../../data/oke.ts';
import { schemaFileName } from '../../render/oso.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const out: { params: { file: string }; props: { body: string } }[] = [];
  const oso = await loadOso();
  for (const v of oso?.versions ?? [])
    if (v.schemaFile)
      out.push({
        params: { file: schemaFileName(v.version) },
        props: { body: readFileSync(v.schemaFile, 'utf8') },
      });
  const oke = await loadOke();
  for (const s of oke?.schemas ?? [])
    out.push({ params: { file: `oke-${s.name}.json` }, props: { body: s.text } });
  return out;
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': 'application/json' },
  });
