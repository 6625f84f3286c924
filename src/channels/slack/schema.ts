import { z } from 'zod';

/**
 * The fields of a Slack slash-command request (`application/x-www-form-urlencoded`)
 * that the bot uses, per Slack's "Implementing slash commands" documentation.
 * Slack sends more (`token`, `team_domain`, `user_name`, `api_app_id`, …);
 * they are ignored. Lengths are generous upper bounds, in characters.
 */
export const slashCommandSchema = z.object({
  /** The command typed, e.g. `/support`. */
  command: z.string().trim().min(1).max(100),
  /** Everything after the command; empty when the user typed the command alone. */
  text: z.string().max(40_000).default(''),
  team_id: z.string().min(1).max(100),
  user_id: z.string().min(1).max(100),
  channel_id: z.string().max(100).optional(),
  /** Where delayed replies go: up to 5 POSTs within 30 minutes of the command. */
  response_url: z.url({ protocol: /^https?$/ }).max(2_000),
  /** Unique per invocation; with `team_id` it identifies a command across Slack's retries. */
  trigger_id: z.string().max(500).optional(),
});

/** A parsed slash-command request. */
export type SlashCommand = z.infer<typeof slashCommandSchema>;
