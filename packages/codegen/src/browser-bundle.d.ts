/** Types of browser-bundle.mjs. */
/** A bundle made for the browser, with what went into it. */
export interface BrowserBundle<M> {
  /** The bundle's code (one ES module). */
  code: string;
  /** The files that went in (esbuild's metafile inputs). */
  inputs: string[];
  /** Every import path the inputs make. */
  imports: string[];
  /** The imports of a Node built-in (`node:` or a bare name such as `fs`): empty on a browser path. */
  nodeImports: string[];
  /** Imports the bundle as a module (it must need nothing of Node to work). */
  load(): Promise<M>;
}
/**
 * Bundles `contents` for the browser as a vendor's bundler would.
 * @param contents - the entry module's source
 * @param resolveDir - where its imports resolve from
 */
export declare function bundleForBrowser<M = unknown>(
  contents: string,
  resolveDir: string,
): Promise<BrowserBundle<M>>;
