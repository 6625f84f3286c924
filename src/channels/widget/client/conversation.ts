/**
 * The conversation of this browser tab, kept in `sessionStorage` (so it
 * survives reloads and page changes on the same site, and ends with the tab).
 */
import type { Citation } from '../../../answer/types.js';
import type { Handoff } from '../stream-events.js';

/** Something the customer asked. */
export interface UserTurn {
  role: 'user';
  content: string;
}

/** An answer the bot gave, with what the widget needs to render it again. */
export interface AssistantTurn {
  role: 'assistant';
  /** The Markdown answer. */
  content: string;
  answerId: string;
  citations: Citation[];
  abstained: boolean;
  handoff?: Handoff;
  /** The customer's rating, once given. */
  rating?: 'up' | 'down';
}

/** One turn, oldest first. */
export type Turn = UserTurn | AssistantTurn;

const storageKey = 'planasonix-support-bot:conversation:v1';
/** Turns the server accepts as history. */
const maxHistoryTurns = 20;
/** Longest history turn the server accepts, in characters. */
const maxTurnLength = 8000;

/** Reads the saved conversation; empty when there is none, it is unreadable, or storage is blocked. */
export function loadConversation(): Turn[] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(saved) ? saved.filter(isTurn) : [];
  } catch {
    return [];
  }
}

/** Saves the conversation; does nothing when storage is blocked or full. */
export function saveConversation(turns: Turn[]): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(turns));
  } catch {
    // Private browsing or a full quota: the conversation still works, it just won't survive a reload.
  }
}

/** Forgets the conversation ("new conversation"). */
export function clearConversation(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Storage blocked: nothing was saved.
  }
}

/** The `history` to send: the last 20 turns as `{role, content}`, each cut to 8,000 characters. */
export function historyFor(turns: Turn[]): { role: 'user' | 'assistant'; content: string }[] {
  return turns.slice(-maxHistoryTurns).map((turn) => ({ role: turn.role, content: turn.content.slice(0, maxTurnLength) }));
}

function isTurn(value: unknown): value is Turn {
  if (typeof value !== 'object' || value === null) return false;
  const turn = value as { role?: unknown; content?: unknown; answerId?: unknown; citations?: unknown };
  if (turn.role === 'user') return typeof turn.content === 'string';
  return turn.role === 'assistant' && typeof turn.content === 'string' && typeof turn.answerId === 'string' && Array.isArray(turn.citations);
}
