import type { Handoff } from '../stream-events.js';
import { element, safeHref, uniqueId } from './dom.js';

/**
 * The hand-off shown when the bot abstains: a "Contact support" link
 * (`HANDOFF_URL`) and the conversation summary (redacted by the server) in a
 * read-only text box with a Copy button.
 */
export function handoffBox(handoff: Handoff): HTMLElement {
  const summaryId = uniqueId('summary');
  const status = element('p', { class: 'handoff-status', role: 'status' });
  const summary = element('textarea', { id: summaryId, readonly: true, rows: 5 }, [handoff.summary]);
  const copy = element('button', { type: 'button', class: 'secondary' }, ['Copy summary']);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(handoff.summary);
      status.textContent = 'Summary copied. Paste it into the contact form.';
    } catch {
      summary.focus();
      summary.select();
      status.textContent = 'Summary selected: press Ctrl+C (or ⌘C) to copy it.';
    }
  });
  const href = safeHref(handoff.url);
  return element('div', { class: 'handoff' }, [
    element('p', {}, [element('strong', {}, ['A person from support can help with this.'])]),
    element('label', { for: summaryId }, ['Conversation summary to paste into the contact form']),
    summary,
    element('div', { class: 'handoff-actions' }, [copy, href && element('a', { class: 'handoff-link', href, target: '_blank', rel: 'noopener noreferrer' }, ['Contact support'])]),
    status,
  ]);
}
