/**
 * Who a request comes from, for rate limiting: the client's IP (public chat
 * API and widget), the staff API key id (agent assist), the Slack workspace
 * (slash commands). Each key is prefixed with its kind (`ip:`, `key:`,
 * `team:`), so the kinds never collide.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP address.
 *
 * With `trustedProxyHops` = n > 0 (n reverse proxies in front of the server,
 * each appending the address it received from to `X-Forwarded-For`), the
 * client is the n-th address from the right; addresses further left were
 * written by the client and may be forged. With 0, or when the header has
 * fewer entries, it is the socket's peer address. `unknown` when there is no
 * socket (e.g. `app.request()` in tests).
 */
export function clientIp(context: Context, trustedProxyHops: number): string {
  if (trustedProxyHops > 0) {
    const forwarded = (context.req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    if (forwarded.length >= trustedProxyHops) return forwarded[forwarded.length - trustedProxyHops]!.slice(0, 64);
  }
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `ip:<address>`: key of the public chat API and the widget. */
export function ipKey(trustedProxyHops: number) {
  return (context: Context): string => `ip:${clientIp(context, trustedProxyHops)}`;
}

// Staff keys look like `sbk_<id>_<secret>` (see `config/assist-api-keys.ts`); only the id is used.
const apiKeyIdInBearer = /^\s*bearer\s+["']?sbk_([a-z0-9][a-z0-9-]{0,31})_/i;

/**
 * `key:<id>` from `Authorization: Bearer sbk_<id>_…` (the id only, never the
 * secret), else `ip:<address>`. Mount the limiter after `requireApiKey`, as
 * `/v1/assist` does: before authentication a caller that forges another
 * key's id would spend that key's quota.
 */
export function apiKeyIdKey(trustedProxyHops: number) {
  return (context: Context): string => {
    const id = apiKeyIdInBearer.exec(context.req.header('authorization') ?? '')?.[1];
    return id ? `key:${id.toLowerCase()}` : `ip:${clientIp(context, trustedProxyHops)}`;
  };
}

/**
 * `team:<team_id>` from a Slack slash-command form body, else `ip:<address>`.
 * Reads the body through Hono's body cache (later readers get the same
 * bytes). Mount the limiter after the signature check, as `/slack/commands`
 * does: only a signed body's `team_id` is the workspace's.
 */
export function slackTeamKey(trustedProxyHops: number) {
  return async (context: Context): Promise<string> => {
    const form = new URLSearchParams(new TextDecoder().decode(await context.req.arrayBuffer()));
    const team = form.get('team_id')?.slice(0, 100);
    return team ? `team:${team}` : `ip:${clientIp(context, trustedProxyHops)}`;
  };
}
