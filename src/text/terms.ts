import { eng as englishStopWords } from 'stopword';
import { stemmer } from 'stemmer';

/**
 * Words that carry no meaning for retrieval or for the answerability check:
 * the `stopword` package's English list plus chat filler customers add
 * ("hi", "please", "urgent").
 */
export const stopWords: ReadonlySet<string> = new Set([
  ...englishStopWords,
  ...['hi', 'hello', 'hey', 'thanks', 'thank', 'please', 'pls', 'plz', 'help', 'urgent', 'asap', 'ok', 'okay', 'im', 'ive', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'arent', 'also', 'just', 'still', 'anyone', 'someone', 'something', 'anything', 'us', 'our', 'ours', 'me', 'my', 'mine', 'you', 'your', 'can', 'could', 'would', 'should', 'will', 'do', 'does', 'did', 'how', 'what', 'why', 'when', 'where', 'which', 'who', 'there', 'here', 'now', 'today', 'yesterday', 'guys', 'team', 'know', 'need', 'want', 'tried', 'try', 'trying', 'keep', 'keeps', 'get', 'gets', 'getting', 'got', 'says', 'said', 'say', 'saying', 'see', 'seems', 'like', 'really', 'since', 'anymore', 'again', 'way', 'thing', 'things', 'lot', 'bit', 'idea', 'else', 'every', 'morning', 'week', 'day', 'hours', 'minutes', 'not', 'no', 'nothing', 'none', 'nope', 'yes', 'yeah', 'yep', 'its', 'thats', 'whats', 'theres', 'heres', 'lets', 'youre', 'theyre', 'weve', 'youve', 'theyve', 'ill', 'itll', 'hasnt', 'havent', 'wasnt', 'werent', 'shouldnt', 'couldnt', 'wouldnt'],
]);

/** Lowercase word tokens of `text`: letters and digits, with inner `'`, `.` kept (e.g. `don't` → `dont`, `x.509`); a hyphen separates words (`Authenticator-App` → `authenticator`, `app`). */
export function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? []).map((word) => word.replace(/['’]/g, ''));
}

/** Porter stem of a lowercase word (package `stemmer`; Porter 1980, "An algorithm for suffix stripping"). */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = /^\p{N}+$/u.test(word) ? word : stemmer(word);
    if (stems.size >= 50_000) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Memo of {@link stem} (the Porter stemmer is pure and hot). */
const stems = new Map<string, string>();
