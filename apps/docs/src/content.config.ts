import { defineCollection, z } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

// Every page of this site is generated from the packages' public exports (src/pages/**); the docs
// collection holds hand-written prose (over.md). `versions` lets a generated page carry its version
// switcher into the page header (src/components/PageTitle.astro). The i18n collection gives Pagefind's
// search UI Dutch texts ("13 resultaten voor …"), which Starlight's own nl translation lacks.
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        versions: z
          .array(z.object({ version: z.string(), route: z.string(), current: z.boolean() }))
          .optional(),
      }),
    }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
