/**
 * Phrases (word sequences) indexed by their first word, so finding every
 * occurrence in a text costs one map look-up per word of the text instead of
 * a scan of the text per phrase.
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, number[]>();

  /** @param phrases - word sequences; results refer to them by position in this list. Empty phrases never match. */
  constructor(private readonly phrases: readonly (readonly string[])[]) {
    phrases.forEach((phrase, number) => {
      if (phrase.length === 0) return;
      const list = this.byFirstWord.get(phrase[0]!) ?? [];
      list.push(number);
      this.byFirstWord.set(phrase[0]!, list);
    });
  }

  /**
   * Every phrase that occurs in `sequence` (exact word equality), with its
   * start positions ascending; phrases in list order.
   */
  occurrences(sequence: readonly string[]): { phrase: number; starts: number[] }[] {
    const starts = new Map<number, number[]>();
    sequence.forEach((word, start) => {
      for (const number of this.byFirstWord.get(word) ?? []) {
        const phrase = this.phrases[number]!;
        if (start + phrase.length > sequence.length) continue;
        if (phrase.every((part, offset) => sequence[start + offset] === part)) (starts.get(number) ?? starts.set(number, []).get(number)!).push(start);
      }
    });
    return [...starts.keys()].sort((left, right) => left - right).map((phrase) => ({ phrase, starts: starts.get(phrase)! }));
  }
}
