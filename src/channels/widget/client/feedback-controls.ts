import { ChatFailure, sendFeedback } from './chat-client.js';
import { element, uniqueId } from './dom.js';
import { icon } from './icons.js';

/** What {@link feedbackControls} needs. */
export interface FeedbackControlsOptions {
  answerId: string;
  /** A rating given earlier (restored conversation). */
  rating?: 'up' | 'down';
  /** `POST /v1/feedback` on the bot. */
  endpoint: URL;
  /** Called after a rating was stored, to remember it with the conversation. */
  onRated: (rating: 'up' | 'down') => void;
}

/**
 * "Was this helpful?" with thumbs up / down buttons (`aria-pressed`) under an
 * answer. Thumbs down also opens an optional comment box (at most 1,000
 * characters) and moves focus into it. Results are announced in a status line.
 */
export function feedbackControls(options: FeedbackControlsOptions): HTMLElement {
  const commentId = uniqueId('comment');
  const status = element('p', { class: 'feedback-status', role: 'status' });
  const up = element('button', { type: 'button', class: 'rate', 'aria-pressed': String(options.rating === 'up'), 'aria-label': 'Yes, this helped' }, [icon('thumbUp')]);
  const down = element('button', { type: 'button', class: 'rate', 'aria-pressed': String(options.rating === 'down'), 'aria-label': 'No, this did not help' }, [icon('thumbDown')]);
  const comment = element('textarea', { id: commentId, rows: 2, maxlength: 1000 });
  const commentForm = element('form', { class: 'comment', hidden: true }, [
    element('label', { for: commentId }, ['What was missing or wrong? (optional)']),
    comment,
    element('button', { type: 'submit', class: 'secondary' }, ['Send comment']),
  ]);

  const submit = async (rating: 'up' | 'down', text?: string): Promise<boolean> => {
    up.disabled = down.disabled = true;
    try {
      await sendFeedback(options.endpoint, { answerId: options.answerId, rating, ...(text ? { comment: text } : {}) });
      up.setAttribute('aria-pressed', String(rating === 'up'));
      down.setAttribute('aria-pressed', String(rating === 'down'));
      options.onRated(rating);
      return true;
    } catch (error) {
      status.textContent = `Couldn't send your feedback. ${error instanceof ChatFailure ? error.message : 'Please retry.'}`;
      return false;
    } finally {
      up.disabled = down.disabled = false;
    }
  };

  up.addEventListener('click', async () => {
    if (!(await submit('up'))) return;
    commentForm.hidden = true;
    status.textContent = 'Thanks for your feedback.';
  });
  down.addEventListener('click', async () => {
    if (!(await submit('down'))) return;
    commentForm.hidden = false;
    status.textContent = 'Thanks. If you like, tell us what was missing.';
    comment.focus();
  });
  commentForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = comment.value.trim();
    if (text === '' || !(await submit('down', text))) return;
    commentForm.hidden = true;
    status.textContent = 'Thanks, your comment helps us improve the guide.';
    down.focus();
  });

  return element('div', { class: 'feedback', role: 'group', 'aria-label': 'Rate this answer' }, [element('span', { class: 'feedback-question' }, ['Was this helpful?']), up, down, commentForm, status]);
}
