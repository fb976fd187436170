/**
 * Hides numbers that may be a BSN or onderwijsnummer before a text from elsewhere (a RIO faultstring,
 * a fouttekst) goes into an error message or a report (DESIGN.md §8: never echo a BSN; issue #17
 * item 6). Any run of 8 or more digits, also when written in groups (`229 854 382`, `229.854.382`,
 * `229-854-382`), is replaced: such a run is never needed to understand a RIO error, and a RIO code
 * (`1010O6466`, `100B490`) has a letter in it, so it stays.
 */
const DIGIT_RUN = /\d(?:[ .-]?\d){7,}/g;

/**
 * The text with every 8+ digit run replaced by `[nummer verborgen]`.
 * @param text - text from outside
 */
export function redactNumbers(text: string): string {
  return text.replace(DIGIT_RUN, '[nummer verborgen]');
}
