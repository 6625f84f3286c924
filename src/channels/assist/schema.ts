import { z } from 'zod';

/** Longest ticket, in characters (a whole email thread). */
export const maxTicketLength = 20_000;
/** Longest context value (`idp`, `plan`), in characters. */
export const maxContextValueLength = 100;

const contextValue = z.string().trim().max(maxContextValueLength).optional();

/** Body of `POST /v1/assist`. */
export const assistRequestSchema = z.object({
  ticket: z.string().trim().min(1, 'Paste the ticket (1–20000 characters).').max(maxTicketLength),
  context: z.object({ sso: z.boolean().optional(), idp: contextValue, plan: contextValue }).strict().optional(),
});

/** Parsed `POST /v1/assist` body. */
export type AssistRequestBody = z.infer<typeof assistRequestSchema>;
