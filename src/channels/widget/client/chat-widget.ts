/**
 * The widget's behaviour: open/close, asking (streamed answer, error state
 * with retry), the tab's conversation, and "new conversation".
 */
import type { DoneEvent } from '../stream-events.js';
import { ChatFailure, streamAnswer } from './chat-client.js';
import { clearConversation, historyFor, loadConversation, saveConversation, type AssistantTurn, type Turn } from './conversation.js';
import { finishedBotMessage, streamingBotMessage, userMessage } from './messages.js';
import { buildPanel, introMessage } from './panel.js';
import { widgetStyles } from './styles.js';

/** Where the widget runs. */
export interface WidgetSettings {
  /** Panel and launcher title (`data-title`). */
  title: string;
  /** The bot's base URL (the folder `widget.js` was loaded from), e.g. `https://bot.example.com/`. */
  botBase: URL;
}

/** Puts the widget's CSS in its shadow root (a constructed sheet where supported: no inline `<style>` for a page's CSP to block). */
function addStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(widgetStyles);
    shadow.adoptedStyleSheets = [sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = widgetStyles;
    shadow.appendChild(style);
  }
}

/** Mounts the widget in an open shadow root of `host`. */
export function mountWidget(host: HTMLElement, settings: WidgetSettings): void {
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow);
  const ui = buildPanel(settings.title);
  shadow.appendChild(ui.root);
  const streamEndpoint = new URL('v1/chat/stream', settings.botBase);
  const feedbackEndpoint = new URL('v1/feedback', settings.botBase);
  let turns: Turn[] = loadConversation();
  let busy = false;
  let unanswered: string | undefined;

  const scrollToEnd = () => ui.log.scrollTo({ top: ui.log.scrollHeight });
  const onRated = (answerId: string) => (rating: 'up' | 'down') => {
    for (const turn of turns) if (turn.role === 'assistant' && turn.answerId === answerId) turn.rating = rating;
    saveConversation(turns);
  };
  const answerElement = (turn: AssistantTurn) => finishedBotMessage(turn, { botBase: settings.botBase, feedbackEndpoint, onRated: onRated(turn.answerId) });
  const renderConversation = () => {
    ui.log.replaceChildren(introMessage(), ...turns.map((turn) => (turn.role === 'user' ? userMessage(turn.content) : answerElement(turn))));
    scrollToEnd();
  };
  const showError = (message: string | undefined) => {
    ui.alert.hidden = message === undefined;
    ui.alertMessage.textContent = message ?? '';
  };

  const setOpen = (open: boolean) => {
    ui.panel.hidden = !open;
    ui.launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      scrollToEnd();
      ui.question.focus();
    } else {
      ui.launcher.focus();
    }
  };

  const ask = async (question: string, isRetry: boolean) => {
    if (busy || question === '') return;
    busy = true;
    ui.send.disabled = true;
    showError(undefined);
    if (!isRetry) {
      ui.log.append(userMessage(question));
      ui.question.value = '';
    }
    unanswered = question;
    const message = streamingBotMessage(settings.botBase);
    ui.log.append(message.element);
    scrollToEnd();
    ui.status.textContent = 'Looking that up…';
    let text = '';
    let citations: AssistantTurn['citations'] = [];
    let done: DoneEvent['data'] | undefined;
    try {
      await streamAnswer(streamEndpoint, { question, history: historyFor(turns) }, {
        onText: (delta) => {
          text += delta;
          message.show(text);
          scrollToEnd();
        },
        onCitations: (data) => (citations = data.citations),
        onDone: (data) => (done = data),
      });
      const turn: AssistantTurn = { role: 'assistant', content: text, answerId: done!.answerId, citations, abstained: done!.abstained, ...(done!.handoff ? { handoff: done!.handoff } : {}) };
      turns = [...turns, { role: 'user', content: question }, turn];
      saveConversation(turns);
      unanswered = undefined;
      message.element.replaceWith(answerElement(turn));
      ui.status.textContent = turn.abstained ? 'The guide does not cover this; contact details are below the answer.' : 'Answer ready.';
    } catch (error) {
      message.element.remove();
      ui.status.textContent = '';
      showError(error instanceof ChatFailure ? error.message : 'Something went wrong. Please retry.');
    } finally {
      busy = false;
      ui.send.disabled = false;
      scrollToEnd();
    }
  };

  ui.launcher.addEventListener('click', () => setOpen(ui.panel.hidden));
  ui.close.addEventListener('click', () => setOpen(false));
  ui.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setOpen(false);
    }
  });
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask(ui.question.value.trim(), false);
  });
  ui.question.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });
  ui.retry.addEventListener('click', () => {
    ui.question.focus();
    if (unanswered !== undefined) void ask(unanswered, true);
  });
  ui.newConversation.addEventListener('click', () => {
    if (busy) return;
    turns = [];
    unanswered = undefined;
    clearConversation();
    showError(undefined);
    ui.status.textContent = 'Started a new conversation.';
    renderConversation();
    ui.question.focus();
  });
  renderConversation();
}
