/**
 * Splits plain text into sentences with `Intl.Segmenter` (ICU sentence
 * boundaries, Unicode UAX #29), trimming each and dropping empty ones.
 *
 * @param text - plain text (no Markdown).
 * @returns sentences in order; `[]` for blank text.
 */
export function splitSentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((part) => part.segment.trim()).filter((sentence) => sentence !== '');
}
