import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Every page of this site is generated from the packages' public exports (src/pages/**);
// the docs collection only holds hand-written prose, currently none.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
