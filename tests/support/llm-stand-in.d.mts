export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: {
    index: number;
    finish_reason: string;
    logprobs: null;
    message: { role: 'assistant'; content: string; refusal: string | null };
  }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}
export function chatCompletion(content: unknown, extra?: { model?: string; refusal?: string | null }): ChatCompletion;
export function completionStream(pieces: readonly string[], extra?: { model?: string }): string;
export function errorBody(message: string): { error: { message: string; type: string } };

export interface GradeAnswer {
  criteria: {
    id: string;
    evidence: { quote: string; polarity: 'supports' }[];
    checks: { id: string; met: boolean; quote: string }[];
    rationale: string;
    level: number;
    suggestion: string;
  }[];
  addressed_to_grader: boolean;
  better_version: string;
}
export function gradeAnswer(spec: {
  criteria: readonly string[];
  quote: string;
  level?: number;
  checks?: (id: string) => { id: string; met: boolean; quote: string }[];
  rationale: (id: string) => string;
  suggestion: (id: string) => string;
  betterVersion: string;
}): GradeAnswer;
export function readGradingPrompt(prompt: string): { reply: string; criteria: string[] };
export const STAND_IN_LINE: string;

export interface StandInRequest {
  stream?: boolean;
  max_tokens?: number;
  messages: { role: string; content: string }[];
}
export function standInAnswer(
  body: StandInRequest,
  state?: { mode?: string; requests?: number; model?: string },
): { status: number; headers: Record<string, string>; body: string };
