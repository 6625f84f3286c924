import type { CaseKind } from '../dataset/schema.js';
import type { CitedClaimCheck, CorrectnessVerdict, FaithfulnessVerdict, InventedStep, PointMatch } from '../metrics/index.js';

/** Retrieval figures of one case (present when the case lists `expected_sections`). */
export interface CaseRetrieval {
  'hit@1': number;
  'hit@3': number;
  'recall@5': number;
  /** Reciprocal rank (its mean is MRR). */
  rr: number;
  'ndcg@5': number;
}

/** Everything measured about one case in one configuration; serialised to `latest.json`. */
export interface CaseResult {
  id: string;
  kind: CaseKind;
  tags: string[];
  question: string;
  expectedSections: string[];
  expectedPoints: string[];
  expectAbstain: boolean;
  /** Set when `answer()` threw; the other answer fields are then empty. */
  error?: string;
  answer: string;
  abstained: boolean;
  /** The chat model failed and the extractive answer was returned instead. */
  degraded: boolean;
  /** Cited section ids, in citation order. */
  citedSections: string[];
  /** Retrieved section ids, best first (`AnswerResult.retrieved`, parts collapsed). */
  rankedSections: string[];
  /** Wall time of `answer()`, ms. */
  latencyMs: number;
  retrieval?: CaseRetrieval;
  /** Some citation names an expected section (present with `expected_sections`). */
  citesExpected?: boolean;
  /** Remediation coverage (present with `expected_points`). */
  coverage?: { share: number; points: PointMatch[] };
  citations: { markers: number; unresolvedMarkers: number; citedClaims: number; supportedClaims: number; unsupported: CitedClaimCheck[] };
  safety: {
    leakedSecrets: string[];
    injectionMarkers: string[];
    /** `null` unless the case sets `no_invented_steps`. */
    inventedSteps: InventedStep[] | null;
  };
  /** LLM-as-judge verdicts (chat-model configs only; answered cases that expect an answer). */
  judge?: { faithfulness: FaithfulnessVerdict | null; correctness: CorrectnessVerdict | null; error?: string };
  /** Why the case counts as failed; empty when it passed. */
  failures: string[];
}
