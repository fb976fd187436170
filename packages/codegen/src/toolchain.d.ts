/** Types of toolchain.mjs. */
/** What a quicktype run gave. */
export interface QuicktypeResult {
  status: number | null;
  stderr: string;
  /** Class names written (empty when quicktype failed). */
  classes: string[];
  /** Their `.java` files. */
  sources: string[];
}
/** quicktype over schema files into `outDir/Root.java` and its siblings (`--just-types`). */
export declare function quicktypeJava(
  files: string[],
  options: { javaPackage: string; outDir: string },
): QuicktypeResult;
/** javac over Java sources into `classesDir` (`nowarn`: leave warnings out of stderr). */
export declare function javac(
  sources: string[],
  classesDir: string,
  options?: { nowarn?: boolean },
): { status: number | null; stderr: string };
