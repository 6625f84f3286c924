import type { AssistantTurn } from './conversation.js';
import { element } from './dom.js';
import { feedbackControls } from './feedback-controls.js';
import { handoffBox } from './handoff-box.js';
import { renderAnswerBody, renderSources } from './render-answer.js';

/** A customer's message bubble (plain text). */
export function userMessage(text: string): HTMLElement {
  return element('div', { class: 'message user' }, [element('span', { class: 'visually-hidden' }, ['You: ']), text]);
}

/** An answer being streamed: `aria-busy` until replaced by {@link finishedBotMessage}. */
export interface StreamingMessage {
  element: HTMLElement;
  /** Re-renders the body from the Markdown received so far. */
  show(markdown: string): void;
}

/** An empty answer bubble that fills in as text arrives. */
export function streamingBotMessage(botBase: URL): StreamingMessage {
  const body = element('div', { class: 'answer' });
  const article = element('article', { class: 'message bot', 'aria-busy': 'true', 'aria-label': 'Answer' }, [body]);
  return {
    element: article,
    show(markdown) {
      body.replaceChildren(renderAnswerBody(markdown, [], botBase));
    },
  };
}

/** Where a finished answer's links and feedback go. */
export interface FinishedMessageOptions {
  botBase: URL;
  feedbackEndpoint: URL;
  /** Remembers a rating with the conversation. */
  onRated: (rating: 'up' | 'down') => void;
}

/**
 * A complete answer: body with linked `[n]`, the Sources list, the hand-off
 * when the bot abstained, and the rating controls.
 */
export function finishedBotMessage(turn: AssistantTurn, options: FinishedMessageOptions): HTMLElement {
  return element('article', { class: 'message bot', 'aria-busy': 'false', 'aria-label': 'Answer', 'data-answer-id': turn.answerId }, [
    element('div', { class: 'answer' }, [renderAnswerBody(turn.content, turn.citations, options.botBase)]),
    renderSources(turn.citations, options.botBase),
    turn.handoff && handoffBox(turn.handoff),
    feedbackControls({ answerId: turn.answerId, rating: turn.rating, endpoint: options.feedbackEndpoint, onRated: options.onRated }),
  ]);
}
