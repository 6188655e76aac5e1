// One call through a flow, as a pure state machine: `startCall` gives the first state,
// `nextAction` what to play now, `step` applies one input (keys pressed, silence, a hang-up)
// and returns the next state, the answer to store at once, and what happened.
import { type Answer, type Answers, holds } from "@kuulo/survey";
import {
  type KeypadStep,
  OPT_OUT_DIGIT,
  type PhoneFlow,
  type Prompt,
  REPLAY_DIGIT,
} from "./flow.js";

export type CallStatus = "active" | "completed" | "opted_out" | "hung_up";

export interface CallState {
  /** -1 the introduction, 0… the flow's steps; meaningless once the call is not active. */
  at: number;
  /** The answers given so far by question id (each also returned by `step` when given). */
  answers: Answers;
  /** Repeats used at this step for silence or a wrong key (one allowed, then skipped). */
  repeats: number;
  /** "0, hear again" presses at this step (three allowed; more count as wrong keys). */
  replays: number;
  /** Inputs applied so far: the callback URLs carry it, so a provider's retry is recognised. */
  turn: number;
  status: CallStatus;
}

/** Keys pressed (for number questions possibly ending with #), silence, or the line going dead. */
export type CallInput = string | "timeout" | "hangup";

export type PhoneEvent =
  | { type: "opt_out" }
  | { type: "completed" }
  | { type: "partial"; answered: number }
  | { type: "abandoned" }
  | { type: "skipped"; question: string; why: "no_input" | "invalid" };

/** What the provider should do now. */
export type PhoneAction =
  | {
      kind: "ask";
      /** "intro" or a keypad step's id. */
      id: string;
      prompt: Prompt;
      /** Keys to wait for: 1, or the most a number may have (then # ends early). */
      maxDigits: number;
      terminator: boolean;
      timeoutSeconds: number;
    }
  | { kind: "end"; prompt: Prompt | null };

export interface StepResult {
  state: CallState;
  /** The answer given with this input: store it now (a hang-up later keeps it). */
  answer?: { question: string; value: Answer };
  events: PhoneEvent[];
  action: PhoneAction;
}

export const MAX_REPLAYS = 3;
const INTRO_TIMEOUT = 3;
const QUESTION_TIMEOUT = 8;

export function startCall(): CallState {
  return { at: -1, answers: {}, repeats: 0, replays: 0, turn: 0, status: "active" };
}

/** The next step to ask from index `from` on whose conditions hold on the answers so far. */
function nextAsked(flow: PhoneFlow, from: number, answers: Answers): number {
  let i = from;
  while (i < flow.steps.length && !flow.steps[i]!.conditions.every((c) => holds(c, answers))) i++;
  return i;
}

export function nextAction(flow: PhoneFlow, state: CallState): PhoneAction {
  if (state.status === "completed") return { kind: "end", prompt: flow.thanks };
  if (state.status === "opted_out") return { kind: "end", prompt: flow.optedOut };
  if (state.status === "hung_up") return { kind: "end", prompt: null };
  if (state.at < 0) {
    return {
      kind: "ask",
      id: "intro",
      prompt: flow.intro,
      maxDigits: 1,
      terminator: false,
      timeoutSeconds: INTRO_TIMEOUT,
    };
  }
  const s = flow.steps[state.at]!;
  return {
    kind: "ask",
    id: s.id,
    prompt: s.prompt,
    maxDigits: s.number?.maxDigits ?? 1,
    terminator: s.number !== undefined,
    timeoutSeconds: QUESTION_TIMEOUT,
  };
}

/** The answer these keys give at a step, or undefined for a wrong key. */
export function keysToAnswer(s: KeypadStep, keys: string): Answer | undefined {
  const digits = keys.replace(/#$/, "");
  if (s.number) {
    if (!/^\d{1,12}$/.test(digits)) return undefined;
    const n = Number(digits);
    if (s.number.min !== undefined && n < s.number.min) return undefined;
    if (s.number.max !== undefined && n > s.number.max) return undefined;
    return n;
  }
  return Object.hasOwn(s.digits, digits) ? s.digits[digits] : undefined;
}

/** Applies one input to a call. Inputs after the call ended change nothing. */
export function step(flow: PhoneFlow, state: CallState, input: CallInput): StepResult {
  const events: PhoneEvent[] = [];
  const done = (next: CallState, answer?: StepResult["answer"]): StepResult => ({
    state: next,
    ...(answer ? { answer } : {}),
    events,
    action: nextAction(flow, next),
  });
  if (state.status !== "active") return done(state);
  const turn = state.turn + 1;

  // Moves on to the next step whose conditions hold, finishing the survey after the last.
  const advance = (answers: Answers, from: number): CallState => {
    const at = nextAsked(flow, from, answers);
    if (at >= flow.steps.length) {
      events.push({ type: "completed" });
      return { ...state, at, answers, repeats: 0, replays: 0, turn, status: "completed" };
    }
    return { ...state, at, answers, repeats: 0, replays: 0, turn };
  };

  if (input === "hangup") {
    const answered = Object.keys(state.answers).length;
    events.push(answered > 0 ? { type: "partial", answered } : { type: "abandoned" });
    return done({ ...state, turn, status: "hung_up" });
  }

  const current = state.at >= 0 ? flow.steps[state.at] : undefined;
  const keys = input === "timeout" ? "" : input;
  const literalNumber = current?.number !== undefined;

  if (!literalNumber && keys === OPT_OUT_DIGIT) {
    events.push({ type: "opt_out" });
    return done({ ...state, turn, status: "opted_out" });
  }
  if (!literalNumber && keys === REPLAY_DIGIT && state.replays < MAX_REPLAYS) {
    return done({ ...state, turn, replays: state.replays + 1 });
  }
  if (!current) return done(advance(state.answers, 0)); // the introduction: anything else starts

  const value = keys === "" ? undefined : keysToAnswer(current, keys);
  if (value !== undefined) {
    const answers = { ...state.answers, [current.question]: value };
    return done(advance(answers, state.at + 1), { question: current.question, value });
  }
  if (state.repeats < 1) return done({ ...state, turn, repeats: state.repeats + 1 });
  events.push({
    type: "skipped",
    question: current.question,
    why: keys === "" ? "no_input" : "invalid",
  });
  return done(advance(state.answers, state.at + 1));
}
