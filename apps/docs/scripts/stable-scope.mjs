// Astro names a component's scoped-style class (`data-astro-cid-<hash>`) after the component's file path
// relative to the project root — but a component outside the root (Starlight's, in the workspace's
// hoisted node_modules) is hashed by its ABSOLUTE path, so two clones at different paths build different
// HTML and CSS (issue #16 part 3; withastro/astro#5136). This Vite plugin rewrites those hashes to the
// hash of the path from `node_modules/` on, which is the same in every checkout. The hash itself is
// computed by Astro's own compiler (it derives it from `normalizedFilename` alone), so nothing here
// re-implements it.
import { transform } from '@astrojs/compiler';
import { fileURLToPath } from 'node:url';

const PROBE = '<style>a{color:red}</style><a></a>';

/**
 * @param {URL | string} root - the Astro project root
 * @returns {import('vite').Plugin[]} a `pre` plugin for style sub-modules and a `post` one for components
 */
export function stableScopeHashes(root) {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  /** @type {Map<string, Promise<string | null>>} */
  const cache = new Map();
  const hashOf = (normalizedFilename) => {
    if (!cache.has(normalizedFilename))
      cache.set(
        normalizedFilename,
        transform(PROBE, { filename: normalizedFilename, normalizedFilename }).then(
          (r) => /astro-(?:cid-)?([a-z0-9]{8})/.exec(`${r.code}${r.css.join('')}`)?.[1] ?? null,
        ),
      );
    return cache.get(normalizedFilename);
  };
  /** @returns {Promise<{ from: string, to: string } | null>} */
  const rename = async (id) => {
    const file = id.split('?')[0];
    if (!file.endsWith('.astro') || file.startsWith(rootPath)) return null;
    const i = file.lastIndexOf('/node_modules/');
    if (i < 0) return null;
    const [from, to] = await Promise.all([hashOf(file), hashOf(file.slice(i))]);
    return from && to && from !== to ? { from, to } : null;
  };
  const rewrite = async (code, id) => {
    const r = await rename(id);
    return r && code.includes(r.from) ? { code: code.split(r.from).join(r.to), map: null } : null;
  };
  return [
    {
      name: 'edustandaard:stable-scope-hashes:styles',
      enforce: 'pre',
      transform: (code, id) => (id.includes('?astro&type=style') ? rewrite(code, id) : null),
    },
    {
      name: 'edustandaard:stable-scope-hashes',
      enforce: 'post',
      transform: (code, id) => (id.includes('?') ? null : rewrite(code, id)),
    },
  ];
}
