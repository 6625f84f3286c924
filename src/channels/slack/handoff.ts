import { escapeMrkdwn } from './mrkdwn.js';

/** Where people go when the bot cannot help. */
export interface Handoff {
  /** Human support channel: an ID such as `C0123456789` (shown as a channel link) or a name such as `#support`. */
  channel?: string;
  /** Support contact page, e.g. `https://support.planasonix.com/contact`. */
  url?: string;
}

/**
 * The hand-off in mrkdwn: `<#C0123456789>` for a channel ID (Slack renders it
 * as a link to the channel), the escaped name for a channel name, else the
 * support URL; `undefined` when neither is known.
 */
export function handoffMention(handoff: Handoff): string | undefined {
  const channel = handoff.channel?.trim();
  if (channel && /^[CG][A-Z0-9]{6,}$/.test(channel)) return `<#${channel}>`;
  if (channel) return escapeMrkdwn(channel.startsWith('#') ? channel : `#${channel}`);
  return handoff.url ? escapeMrkdwn(handoff.url) : undefined;
}
