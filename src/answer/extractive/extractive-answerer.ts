import type { Chunk } from '../../ingest/chunk.js';
import type { SpellingCorrector } from '../../retrieval/spelling.js';
import type { Retriever, ScoredChunk } from '../../retrieval/types.js';
import type { AnswerabilityJudge } from '../answerability.js';
import { sourcesList, toCitation } from '../citations.js';
import { selectSections, type Selection } from '../select-sections.js';
import type { AnswerRequest, AnswerResult, Answerer, HistoryTurn } from '../types.js';
import { abstention, clarification, composeSection } from './compose.js';
import { reportsProblem } from '../problem-report.js';
import { withoutRedactionMarkers } from '../../redaction/redact-secrets.js';
import { messageFeatures, type MessageFeatures } from '../abstention/features.js';
import type { LogisticModel } from '../abstention/logistic-model.js';
import type { RankedCandidate, SectionReranker } from '../rerank/section-reranker.js';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { noExemplarEvidence, type ExemplarEvidence, type ExemplarIndex } from '../exemplars/exemplar-index.js';

/** Said first when the message is not in English: the guide, and so the answer, is in English. */
export const englishOnlyNote = 'I can only answer in English, from the English guide.';

/** Dependencies of {@link ExtractiveAnswerer}. */
export interface ExtractiveAnswererOptions {
  retriever: Retriever;
  judge: AnswerabilityJudge;
  /** Every chunk of the index, in document order (to add a section's sub-sections). */
  chunks: Chunk[];
  /** Chunks retrieved per message. */
  k: number;
  /** Where to send the customer when the guide cannot help. */
  handoffUrl: string;
  /** Typo correction applied to the message before sections are chosen (optional). */
  speller?: SpellingCorrector;
  /**
   * Final say on answer or abstain, over the clause rules' evidence (see `messageFeatures`); without it the
   * clause rules decide alone. When it answers a message the rules left unanswered, the best-covering sections are cited.
   */
  abstentionModel?: LogisticModel;
  /**
   * Orders the answer's sections and the retrieved list by its probability that a section answers the message,
   * and leaves out chosen sections it finds improbable (see `SectionReranker.order`); without it sections keep
   * message order and the retrieved list is the whole message's retrieval.
   */
  reranker?: SectionReranker;
  /**
   * Labelled example messages and the embeddings to compare a message with them (see `ExemplarIndex`): their vote
   * is a feature of the abstention model. Without them the features say "no evidence".
   */
  exemplars?: { index: ExemplarIndex; embeddings: EmbeddingsInterface };
}

/** What the answerer found for a message before writing anything (see {@link ExtractiveAnswerer.examine}). */
export interface Examination {
  /** The message as matched: markup removed, typos corrected. */
  question: string;
  /** The previous user turn, when this is a follow-up. */
  context?: string;
  selection: Selection;
  /** What the exemplar bank says of the message ({@link noExemplarEvidence} without one). */
  exemplars: ExemplarEvidence;
  features: MessageFeatures;
}

/**
 * The offline, deterministic answerer: picks the sections that answer the
 * question (see `selectSections`), then writes their own lead sentences and
 * steps, in guide order, each with an inline `[n]`, followed by a Sources
 * list. Never writes a step a section does not contain; abstains with a
 * hand-off when no section answers.
 */
export class ExtractiveAnswerer implements Answerer {
  constructor(private readonly options: ExtractiveAnswererOptions) {}

  /**
   * Chooses sections for a message without writing an answer: the evidence `answer` decides on, and the
   * features the abstention model is fitted on (`scripts/fit/fit-abstention-model.ts`). Throws only what the retriever throws.
   */
  async examine(request: AnswerRequest): Promise<Examination> {
    const { retriever, judge, k } = this.options;
    // Markup in a question is data: tags are dropped before matching (the words between them stay).
    const plainQuestion = request.question.replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ');
    const question = this.options.speller?.correct(plainQuestion) ?? plainQuestion;
    const context = previousQuestion(request.history);
    const selection = await selectSections(question, retriever, judge, k, context);
    const exemplarSource = this.options.exemplars;
    const exemplars = exemplarSource ? exemplarSource.index.evidence(question, await exemplarSource.embeddings.embedQuery(question)) : noExemplarEvidence;
    return { question, ...(context ? { context } : {}), selection, exemplars, features: messageFeatures({ message: question, context, selection, judge, exemplars }) };
  }

  /** @see Answerer.answer. Throws only what the retriever throws. */
  async answer(request: AnswerRequest): Promise<AnswerResult> {
    const { judge, handoffUrl } = this.options;
    const { question, context, selection, exemplars, features } = await this.examine(request);
    const languageNote = selection.nonEnglish ? `${englishOnlyNote}\n\n` : '';
    const reranker = this.options.reranker;
    const ranked = reranker?.rank(selection.candidates, selection.clauseCount, exemplars);
    const retrieved = ranked ? ranked.map((candidate) => candidate.item) : selection.retrieved;
    const saysNothing = !/[\p{L}\p{N}]/u.test(withoutRedactionMarkers(question));
    if (saysNothing || (selection.chosen.length === 0 && !context && !judge.hasContent(question) && reportsProblem(question))) {
      // "I can't log in", or a message that is only a pasted key: a problem, but nothing yet says which one. Ask, rather than hand off
      // (the words of a "[REDACTED API KEY]" marker are not the customer's).
      return { answer: clarification(this.options.chunks), citations: [], abstained: false, degraded: false, answerer: 'extractive', retrieved };
    }
    const decided = this.decide(selection, features, ranked);
    if (decided.length === 0) {
      return { answer: `${languageNote}${abstention(handoffUrl)}`, citations: [], abstained: true, degraded: false, answerer: 'extractive', retrieved };
    }
    const chosen = reranker && ranked ? reranker.order(decided, ranked) : decided;
    const sections = withSubsections(chosen, this.options.chunks);
    const citations = sections.map((item, position) => toCitation(item, position + 1));
    const parts = sections.map((item, position) => composeSection({ chunk: item.chunk, n: position + 1 }));
    const withoutSteps = sections.filter((item) => item.chunk.steps.length === 0);
    if (withoutSteps.length === sections.length) {
      parts.push(`The guide gives no steps for this, so I won't guess at them: please contact support (${handoffUrl}) and a person will help.`);
    } else if (withoutSteps.length > 0) {
      parts.push(`For the topics above that the guide names without steps, please contact support (${handoffUrl}).`);
    }
    return {
      answer: `${languageNote}${parts.join('\n\n')}\n\n${sourcesList(citations)}`,
      citations,
      abstained: false,
      degraded: false,
      answerer: 'extractive',
      retrieved: [...sections, ...retrieved.filter((item) => !citations.some((citation) => citation.id === item.chunk.id))],
    };
  }

  /**
   * The sections to answer from: the clause rules' choice, overruled by the abstention model when one is set
   * (see `answersAt`: never on complete evidence). When the model answers a message the rules left unanswered, the
   * section reranker's most probable candidate (without a reranker: the best-covering sections). Empty = abstain.
   */
  private decide(selection: Selection, features: MessageFeatures, ranked: RankedCandidate[] | undefined): ScoredChunk[] {
    const model = this.options.abstentionModel;
    if (!model) return selection.chosen;
    if (!model.answers(features)) return [];
    if (selection.chosen.length > 0) return selection.chosen;
    const mostProbable = ranked?.[0]?.item;
    return mostProbable ? [mostProbable] : selection.bestChunks;
  }
}

/** The last user turn of `history`, for follow-up questions. */
function previousQuestion(history: HistoryTurn[] | undefined): string | undefined {
  return history?.filter((turn) => turn.role === 'user').at(-1)?.content;
}

/**
 * The chosen sections, each followed by its sub-sections when it has no steps
 * of its own (e.g. SSO configuration issues brings Metadata and endpoints,
 * Attribute mapping, Clock skew); no section twice. Sub-sections get the
 * parent's score. Also used by agent assist.
 *
 * @param chunks - every chunk of the index, in document order.
 */
export function withSubsections(chosen: ScoredChunk[], chunks: Chunk[]): ScoredChunk[] {
  const result: ScoredChunk[] = [];
  const seen = new Set<string>();
  const add = (item: ScoredChunk) => {
    if (seen.has(item.chunk.id)) return;
    seen.add(item.chunk.id);
    result.push(item);
  };
  for (const item of chosen) {
    add(item);
    if (item.chunk.steps.length > 0) continue;
    for (const child of chunks) {
      if (child.id.startsWith(`${item.chunk.id}/`)) add({ chunk: child, score: item.score, bm25: 0, cosine: 0 });
    }
  }
  return result;
}
