import { z } from 'zod';

/** Longest question, in characters. */
export const maxQuestionLength = 4000;
/** Most history turns accepted. */
export const maxHistoryTurns = 20;

/** How one history turn looks, for error messages. */
const historyExample = '{"role": "user", "content": "I lost my phone"}';

/** Body of `POST /v1/chat`. */
export const chatRequestSchema = z.object(
  {
    question: z
      .string({ error: 'Send the question as a string, e.g. {"question": "I lost my authenticator phone"} (1–4000 characters).' })
      .trim()
      .min(1, 'Ask a question (1–4000 characters).')
      .max(maxQuestionLength, `The question is longer than ${maxQuestionLength} characters: shorten it to the problem and the exact error message.`),
    history: z
      .array(
        z.object(
          {
            role: z.enum(['user', 'assistant'], { error: 'role must be "user" or "assistant"' }),
            content: z.string({ error: 'content must be the text of the turn' }).max(2 * maxQuestionLength, `a turn's content is at most ${2 * maxQuestionLength} characters: shorten it or leave the turn out`),
          },
          { error: `each turn must look like ${historyExample}` },
        ),
        { error: `history must be a list of earlier turns, oldest first, e.g. [${historyExample}]` },
      )
      .max(maxHistoryTurns, `history holds at most ${maxHistoryTurns} turns: send the most recent ones`)
      .optional(),
  },
  { error: 'Send a JSON object, e.g. {"question": "I lost my authenticator phone"}' },
);

/** Parsed `POST /v1/chat` body. */
export type ChatRequest = z.infer<typeof chatRequestSchema>;
