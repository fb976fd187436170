/**
 * Starlight route middleware: marks the sidebar entry a page belongs to as current when no entry links
 * to the page itself (issue #16 part 3: element, rule and table pages highlighted nothing). The entry is
 * the link whose URL is the longest prefix of the page's URL (`/oso/2024.1/element/…` → "Elementen
 * 2024.1"), else the same link in another version (`/afsprakensets/oso/2019.1/` → the OSO entry).
 */
import { BASE } from './base.ts';

interface Link {
  type: 'link';
  href: string;
  isCurrent: boolean;
}
interface Group {
  type: 'group';
  entries: Entry[];
  collapsed: boolean;
}
type Entry = Link | Group;

const links = (entries: Entry[]): Link[] =>
  entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
const unversioned = (p: string): string => p.replace(/\/\d{4}\.\d+\//g, '/*/');

/**
 * The entry to highlight for `path`.
 * @param entries - the sidebar
 * @param path - the page's URL path
 * @param home - the home page's URL (never chosen: every path starts with it)
 */
export function currentEntry(entries: Entry[], path: string, home: string): Link | undefined {
  const all = links(entries).filter((l) => l.href !== home);
  if (links(entries).some((l) => l.isCurrent)) return undefined;
  const longest = (cands: Link[]): Link | undefined =>
    [...cands].sort((a, b) => b.href.length - a.href.length)[0];
  return (
    longest(all.filter((l) => path.startsWith(l.href))) ??
    longest(all.filter((l) => unversioned(path).startsWith(unversioned(l.href))))
  );
}

/** Opens every group on the way to `target`. */
function open(entries: Entry[], target: Link): boolean {
  for (const e of entries) {
    if (e === target) return true;
    if (e.type === 'group' && open(e.entries, target)) {
      e.collapsed = false;
      return true;
    }
  }
  return false;
}

/**
 * The middleware (Starlight's `defineRouteMiddleware` is the identity function; its type pulls in Astro's
 * virtual modules, so the shape is declared here).
 * @param context - Astro's context with Starlight's route data
 */
export function onRequest(context: {
  locals: { starlightRoute: { sidebar: unknown } };
  url: URL;
}): void {
  const sidebar = context.locals.starlightRoute.sidebar as Entry[];
  const entry = currentEntry(sidebar, context.url.pathname, BASE);
  if (!entry) return;
  entry.isCurrent = true;
  open(sidebar, entry);
}
