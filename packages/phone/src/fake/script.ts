// What the fake provider's "resident" does when a number is called.

/** Keys pressed at one prompt ("85#" for a number), or nothing pressed. */
export type Press = string | "timeout";

export type CallScript =
  | {
      kind: "answer";
      /** The keys for each prompt in turn; silence once they run out. */
      keys: Press[];
      /** Hang up instead of answering prompt number N (0-based): a hang-up mid-survey. */
      hangUpAt?: number;
      /** Send every callback twice, as providers do when a response is slow or lost. */
      retry?: boolean;
      /** Sign (Twilio) or token (46elks) the callbacks wrongly. */
      badSignature?: boolean;
    }
  | { kind: "busy" }
  | { kind: "no_answer" }
  /** An answering machine takes the call (Twilio reports AnsweredBy; 46elks hears silence). */
  | { kind: "machine" };

export type FakeOutcome =
  | "completed"
  | "hung_up"
  | "busy"
  | "no_answer"
  | "machine"
  | "rejected"
  | "too_long";

export interface FakeCall {
  provider: "46elks" | "twilio";
  id: string;
  from: string;
  to: string;
  outcome?: FakeOutcome;
  /** Every callback posted, in order, with the status the server answered. */
  posts: { url: string; status: number }[];
  /** The audio URLs played, in order. */
  played: string[];
}

/** The most prompts one fake call follows before it gives up (a server looping forever). */
export const MAX_TURNS = 100;
