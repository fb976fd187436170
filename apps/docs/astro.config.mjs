// Specificatiesite: Astro + Starlight, every page generated at build time from the packages'
// public exports (src/data/*). Sections whose package has not exported its data are left out.
import { defineConfig, passthroughImageService } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from './src/site/sidebar.ts';
import { BASE, SITE_URL } from './src/site/base.ts';
import { stableScopeHashes } from './scripts/stable-scope.mjs';
import { searchTuning } from './scripts/search-tuning.mjs';

const sidebar = await buildSidebar();

export default defineConfig({
  // Origin and base path from SITE_URL / BASE_PATH at build time (src/site/base.ts).
  site: SITE_URL,
  base: BASE,
  // A second build (another base path) can go to its own folder: DOCS_OUT_DIR (default dist/).
  ...(process.env.DOCS_OUT_DIR ? { outDir: process.env.DOCS_OUT_DIR } : {}),
  trailingSlash: 'always',
  image: { service: passthroughImageService() },
  build: { concurrency: 2 },
  vite: {
    // Same HTML from every checkout path (scripts/stable-scope.mjs).
    plugins: [stableScopeHashes(new URL('.', import.meta.url)), searchTuning()],
    // Read the packages at build time as Node does (their published entry points), never bundled copies.
    ssr: {
      external: [
        '@edustandaard/identifiers',
        '@edustandaard/core',
        '@edustandaard/oso',
        '@edustandaard/oso-swv',
        '@edustandaard/rio',
        '@edustandaard/oke',
      ],
    },
  },
  integrations: [
    starlight({
      title: 'Edustandaard specificaties',
      description:
        'De afsprakensets OSO, SWV-profielen, RIO, OKE en Edu-V identificatie, gegenereerd uit de packages.',
      defaultLocale: 'root',
      locales: { root: { label: 'Nederlands', lang: 'nl' } },
      expressiveCode: false,
      pagefind: true,
      // Our own src/pages/404.astro (Dutch, honours the base path).
      disable404Route: true,
      lastUpdated: false,
      pagination: false,
      customCss: ['./src/styles/site.css'],
      components: { PageTitle: './src/components/PageTitle.astro' },
      routeMiddleware: './src/site/route-middleware.ts',
      sidebar,
    }),
  ],
});
