/**
 * Exit codes: a public contract vendors script against (issue #2). Keep stable.
 * 0 = ok / no findings of severity `fout`; 1 = findings of severity `fout`;
 * 2 = unusable input or usage error (message on stderr with a code such as `E_XML_MALFORMED`).
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
