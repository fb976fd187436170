/**
 * Browser stand-in for Node's `url` as @oozcitak/url (used by xmlbuilder2) imports it: only
 * `domainToASCII`/`domainToUnicode`, for host names, which OSO dossiers never make it parse.
 * TEMPORARY, like ./node-buffer.ts.
 */
export const domainToASCII = (domain: string): string => new URL(`http://${domain}`).hostname;
export const domainToUnicode = (domain: string): string => domain;
export default { domainToASCII, domainToUnicode };
