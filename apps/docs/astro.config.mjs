// Specificatiesite: Astro + Starlight, every page generated at build time from the packages'
// public exports (src/data/*). Sections whose package has not exported its data are left out.
import { defineConfig, passthroughImageService } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from './src/site/sidebar.ts';

const sidebar = await buildSidebar();

export default defineConfig({
  site: 'http://localhost:4173',
  trailingSlash: 'always',
  image: { service: passthroughImageService() },
  build: { concurrency: 2 },
  vite: {
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
      lastUpdated: false,
      pagination: false,
      customCss: ['./src/styles/site.css'],
      sidebar,
    }),
  ],
});
