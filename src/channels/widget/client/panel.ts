import { element } from './dom.js';
import { icon } from './icons.js';

/** The widget's fixed elements. */
export interface PanelElements {
  root: HTMLElement;
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  newConversation: HTMLButtonElement;
  close: HTMLButtonElement;
  /** The conversation (`role="log"`): messages are appended here. */
  log: HTMLElement;
  /** Polite status line: "Looking that up…", "Answer ready." */
  status: HTMLElement;
  /** The error state (`role="alert"`) with its message and Retry button. */
  alert: HTMLElement;
  alertMessage: HTMLElement;
  retry: HTMLButtonElement;
  form: HTMLFormElement;
  question: HTMLTextAreaElement;
  send: HTMLButtonElement;
}

/** Longest question, in characters (the API's limit). */
const maxQuestionLength = 4000;

/**
 * Builds the launcher button and the chat panel: a non-modal dialog
 * (`role="dialog"`, labelled by its title) with a header (title, New
 * conversation, Close), the conversation log, status and error lines, and the
 * question form. Hidden until the launcher opens it.
 *
 * @param title - from the script tag's `data-title`, e.g. `Planasonix help`.
 */
export function buildPanel(title: string): PanelElements {
  const launcher = element('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'sbw-panel', 'aria-haspopup': 'dialog' }, [
    icon('chat'),
    title,
  ]);
  const newConversation = element('button', { type: 'button', class: 'new' }, ['New conversation']);
  const close = element('button', { type: 'button', class: 'close', 'aria-label': `Close ${title}` }, ['×']);
  const log = element('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: 0 });
  const status = element('div', { class: 'status', role: 'status' });
  const alertMessage = element('p');
  const retry = element('button', { type: 'button', class: 'secondary' }, ['Retry']);
  const alert = element('div', { class: 'alert', role: 'alert', hidden: true }, [alertMessage, retry]);
  const question = element('textarea', { id: 'sbw-question', rows: 2, maxlength: maxQuestionLength, placeholder: 'Describe your login problem…', autocomplete: 'off' });
  const send = element('button', { type: 'submit', class: 'send' }, ['Send']);
  const form = element('form', { class: 'composer' }, [element('label', { for: 'sbw-question', class: 'visually-hidden' }, ['Your question']), question, send]);
  const panel = element('section', { class: 'panel', id: 'sbw-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'sbw-title', hidden: true }, [
    element('div', { class: 'header' }, [element('h2', { id: 'sbw-title' }, [title]), newConversation, close]),
    log,
    status,
    alert,
    form,
  ]);
  const root = element('div', { class: 'root' }, [launcher, panel]);
  return { root, launcher, panel, newConversation, close, log, status, alert, alertMessage, retry, form, question, send };
}

/** The first message of an empty conversation. */
export function introMessage(): HTMLElement {
  return element('p', { class: 'intro' }, ['Describe what happens when you log in (the error message helps). I answer from the Planasonix login troubleshooting guide and link the sections I used.']);
}
