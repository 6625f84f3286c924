import type { ScoredChunk } from '../../retrieval/types.js';
import type { Assessment } from '../answerability.js';

/** The best single-section assessment a candidate got from one clause of the message. */
export interface ClauseEvidence {
  /** Coverage, coverage by the section's own text, and covered weight (see `Assessment`). */
  coverage: number;
  ownCoverage: number;
  coveredWeight: number;
  /** Position of the clause in the message: 0 = first clause, 1 = last (0 when the message has one clause). */
  position: number;
  /** The clause is the message's last. */
  last: boolean;
  /** The clause reports a failure (`reportsProblem`). */
  reportsProblem: boolean;
  /** The clause asks something: a question mark or a how-to (`asksHowTo`). */
  asks: boolean;
}

/**
 * What the section choice (`selectSections`) saw of one retrieved chunk, for
 * the section reranker: its rank and scores in the whole-message retrieval,
 * how many clauses ranked it first, its best clause assessment, and whether
 * the clause rules chose it.
 */
export interface CandidateEvidence {
  /** The chunk as first retrieved (scores of that retrieval). */
  item: ScoredChunk;
  /** 0-based rank in the whole-message retrieval; undefined when only a clause's retrieval found it. */
  wholeRank?: number;
  /** Highest BM25 score and cosine similarity over every retrieval that returned it. */
  bm25: number;
  cosine: number;
  /** Clauses whose own retrieval ranked it first. */
  clauseTops: number;
  /** Its best assessment over the clauses (highest coverage, then covered weight); undefined when never assessed. */
  best?: ClauseEvidence;
  /** The clause rules chose it, and chose it first. */
  chosen: boolean;
  chosenFirst: boolean;
}

/** Where a clause sits in its message and how it is asked (see {@link ClauseEvidence}). */
export interface ClauseInfo {
  index: number;
  count: number;
  reportsProblem: boolean;
  asks: boolean;
}

/**
 * Collects {@link CandidateEvidence} while `selectSections` retrieves and
 * assesses; one collector per message. Candidates keep the order they were
 * first seen in (whole-message retrieval first).
 */
export class EvidenceCollector {
  private readonly byId = new Map<string, CandidateEvidence>();

  private entry(item: ScoredChunk): CandidateEvidence {
    let evidence = this.byId.get(item.chunk.id);
    if (!evidence) this.byId.set(item.chunk.id, (evidence = { item, bm25: 0, cosine: 0, clauseTops: 0, chosen: false, chosenFirst: false }));
    evidence.bm25 = Math.max(evidence.bm25, item.bm25);
    evidence.cosine = Math.max(evidence.cosine, item.cosine);
    return evidence;
  }

  /** The whole message's retrieval, best first. */
  whole(items: readonly ScoredChunk[]): void {
    items.forEach((item, rank) => {
      const evidence = this.entry(item);
      evidence.wholeRank = Math.min(evidence.wholeRank ?? rank, rank);
    });
  }

  /** One clause's retrieval (best first) and the single-section assessments made of some of those chunks. */
  clause(info: ClauseInfo, items: readonly ScoredChunk[], assessments: ReadonlyMap<string, Assessment>): void {
    items.forEach((item, rank) => {
      const evidence = this.entry(item);
      if (rank === 0) evidence.clauseTops += 1;
      const assessment = assessments.get(item.chunk.id);
      if (!assessment) return;
      const best = evidence.best;
      if (best && (assessment.coverage < best.coverage || (assessment.coverage === best.coverage && assessment.coveredWeight <= best.coveredWeight))) return;
      evidence.best = {
        coverage: assessment.coverage,
        ownCoverage: assessment.ownCoverage,
        coveredWeight: assessment.coveredWeight,
        position: info.count > 1 ? info.index / (info.count - 1) : 0,
        last: info.index === info.count - 1,
        reportsProblem: info.reportsProblem,
        asks: info.asks,
      };
    });
  }

  /** The clause rules' choice, in answer order. */
  chosen(items: readonly ScoredChunk[]): void {
    items.forEach((item, position) => {
      const evidence = this.entry(item);
      evidence.chosen = true;
      if (position === 0) evidence.chosenFirst = true;
    });
  }

  /** Every candidate seen, in first-seen order. */
  candidates(): CandidateEvidence[] {
    return [...this.byId.values()];
  }
}
