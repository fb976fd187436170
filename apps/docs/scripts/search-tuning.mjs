// Pagefind UI waits `debounceTimeoutMs` (300 ms by default) after the last keystroke before it searches;
// Starlight offers no option for it. Issue #16 asks for the first result ≤ 500 ms after the query, so this
// Vite plugin sets it in Starlight's generated Pagefind options module (`virtual:starlight/pagefind-config`,
// spread into `new PagefindUI({...})`). Pagefind still preloads the index on each keystroke.
const DEBOUNCE_MS = 80;

/** @returns {import('vite').Plugin} */
export function searchTuning() {
  return {
    name: 'edustandaard:search-tuning',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('virtual:starlight/pagefind-config')) return null;
      const m = /export const pagefindUserConfig = (\{[\s\S]*\})\s*;?\s*$/.exec(code);
      if (!m) return null;
      const config = { ...JSON.parse(m[1]), debounceTimeoutMs: DEBOUNCE_MS };
      return { code: `export const pagefindUserConfig = ${JSON.stringify(config)}`, map: null };
    },
  };
}
