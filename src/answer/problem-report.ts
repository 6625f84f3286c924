import { words } from '../text/terms.js';

/**
 * Words and phrases with which customers report that something fails. A
 * troubleshooting guide answers failures, so a message that reports one may
 * be answered on weaker lexical evidence than a question that does not (a
 * how-to or a policy question, e.g. "how much does the SSO plan cost?", which
 * shares words with the guide but is not answered by it).
 */
export const problemWords: ReadonlySet<string> = new Set(
  ('fail fails failed failing failure error errors cant cannot unable broken broke break breaks rejected rejects reject denied deny invalid expired expire expires ' +
    'locked lockout lost lose losing stolen forgot forgotten forbidden unauthorized unauthorised loop loops looping kicked disabled deactivated suspended stopped stuck ' +
    'spinning blocked wrong wont doesnt didnt isnt arent problem problems issue issues trouble missing mismatch revoked down crash crashes bounce bounces redirect redirects ' +
    'rejecting refuses refused prevent prevents lock dead fix gone died snapped cracked damaged never').split(' '),
);
const problemPhrases = [/\bnot (work|allowed|accepted|valid|loading|load|recogni[sz]ed)/, /\bno longer\b/, /\bnothing happens\b/, /\bget(ting)? (back )?in\b/, /\bsign(ed)? out\b/, /\blog(ged)? out\b/, /\bover and over\b/, /\b(needs?|requires?|required|wants?) (to be )?re-?(auth|consent|connect)/, /\bre-?authori[sz]ation (is )?(needed|required)/, /\bonly (works|lets)\b/, /\b(work|working|sync|syncing|run|running|load|loading) again\b/, /\bsends? (me|us|them) back\b/];

/**
 * True when `text` reports a failure: an HTTP 4xx/5xx code, or one of
 * {@link problemWords} / the phrases above ("not allowed", "no longer", "get in").
 */
export function reportsProblem(text: string): boolean {
  const lower = text.toLowerCase().replace(/[’']/g, '');
  return words(lower).some((word) => problemWords.has(word) || /^[45]\d\d$/.test(word)) || problemPhrases.some((phrase) => phrase.test(lower));
}

const successWords = /\b(worked|works now|working now|fixed it|resolved|sorted|all good|thanks|thank you)\b/;

/** True when `clause` only reports that something now works or thanks us ("backup code worked, thanks!"): nothing to answer. */
export function reportsSuccessOnly(clause: string): boolean {
  return successWords.test(clause.toLowerCase()) && !reportsProblem(clause) && !/\?/.test(clause);
}

const quantityQuestion = /\bhow (many|long|much|often|soon|frequently)\b|\bwhat(s| is| are) (the|your|our) ([\w-]+ ){0,3}(limits?|maximum|minimum|max|min|price|cost|number|length|duration|timeout|expiry)\b/;

/**
 * True when `clause` asks for a quantity, duration or price ("how many
 * attempts before…", "how long does SCIM take…"). A troubleshooting guide
 * says what to do, not how many or how long, so such a clause gets the
 * stricter question bar even when it mentions a failure.
 */
export function asksForQuantity(clause: string): boolean {
  return quantityQuestion.test(clause.toLowerCase().replace(/[’']/g, ''));
}

const howTo = /\b(how (do|can|should|would) (i|we|you)|how to|is it possible|can (i|we)|where (do|can) (i|we))\b/i;

/** True when `clause` asks how to do something ("how do I set up SCIM?", "can we…"), rather than reporting what went wrong. */
export function asksHowTo(clause: string): boolean {
  return howTo.test(clause);
}
