// A survey as a voice menu: an introduction, one keypad step per closed question the keypad
// can carry, a thank-you. Provider-neutral: the adapters (elks.ts, twilio.ts) turn the steps
// into call actions or TwiML; `step` (machine.ts) walks it.
import {
  type Answer,
  type Condition,
  type Definition,
  DONT_KNOW,
  type LocalText,
  likertLabels,
  pickText,
  type Question,
} from "@kuulo/survey";
import { PHRASES, type PhoneLang } from "./texts.js";

export type SpeechRate = "normal" | "slow";

/** One thing the caller hears: rendered to audio once per campaign (see `flowPrompts`). */
export interface Prompt {
  /** Stable within a flow: `intro`, `q.<question id>`, `thanks`, `opted_out`, `goodbye`. */
  id: string;
  lang: PhoneLang;
  text: string;
  rate: SpeechRate;
}

/** A closed question as a keypad question. */
export interface KeypadStep {
  id: string;
  question: string;
  prompt: Prompt;
  /** digit → the answer stored (the survey's answer shape). Empty for number input. */
  digits: Record<string, Answer>;
  /** Number questions: digits ended with # (or the length running out). */
  number?: { maxDigits: number; min?: number; max?: number };
  /** The page's and the question's conditions: the step is asked only when all hold. */
  conditions: Condition[];
}

export type SkipReason =
  | "open_text"
  | "not_keypad"
  | "too_many_options"
  | "scale_from_zero"
  | "no_text_in_language"
  | "number_not_integer";

export interface PhoneFlow {
  lang: PhoneLang;
  rate: SpeechRate;
  intro: Prompt;
  steps: KeypadStep[];
  thanks: Prompt;
  optedOut: Prompt;
  goodbye: Prompt;
  /** Questions not asked by phone, and why (shown to staff before a campaign starts). */
  skipped: { question: string; reason: SkipReason }[];
}

export interface FlowOptions {
  lang: PhoneLang;
  /** Who calls, as said in the introduction ("Etelä-Karjalan hyvinvointialueen"). */
  caller: string;
  rate?: SpeechRate;
  /** Seconds a keypad question takes on average, for "it takes about N minutes" (default 25). */
  secondsPerQuestion?: number;
}

/** Digits 0 (hear again) and 9 (never call again) are kept: at most 8 answers per question. */
export const REPLAY_DIGIT = "0";
export const OPT_OUT_DIGIT = "9";
export const MAX_KEYPAD_OPTIONS = 8;

type Built = { text: string; digits: Record<string, Answer>; number?: KeypadStep["number"] };

/** Builds the phone flow of a survey definition (parse it with `parseDefinition` first). */
export function buildFlow(definition: Definition, options: FlowOptions): PhoneFlow {
  const { lang } = options;
  const rate = options.rate ?? "normal";
  const say = PHRASES[lang];
  const prompt = (id: string, text: string): Prompt => ({ id, lang, text, rate });
  const steps: KeypadStep[] = [];
  const skipped: PhoneFlow["skipped"] = [];
  const text = (t: LocalText | undefined) => {
    const picked = pickText(t, lang, definition.languages);
    return picked && !picked.fallback ? picked.text : undefined;
  };

  for (const page of definition.pages) {
    for (const question of page.questions) {
      const built = keypad(question, lang, text);
      if (typeof built === "string") {
        skipped.push({ question: question.id, reason: built });
        continue;
      }
      const wording = text(question.plain) ?? text(question.text);
      if (wording === undefined) {
        skipped.push({ question: question.id, reason: "no_text_in_language" });
        continue;
      }
      steps.push({
        id: `q.${question.id}`,
        question: question.id,
        prompt: prompt(`q.${question.id}`, `${wording} ${built.text}`),
        digits: built.digits,
        ...(built.number ? { number: built.number } : {}),
        conditions: [page.showIf, question.showIf].filter((c): c is Condition => c !== undefined),
      });
    }
  }

  const title = text(definition.title) ?? "";
  const minutes = Math.max(1, Math.ceil((steps.length * (options.secondsPerQuestion ?? 25)) / 60));
  return {
    lang,
    rate,
    intro: prompt("intro", `${say.intro({ caller: options.caller, title, minutes })} ${say.keys}`),
    steps,
    thanks: prompt(
      "thanks",
      text(definition.thanks) ? `${text(definition.thanks)} ${say.thanks}` : say.thanks,
    ),
    optedOut: prompt("opted_out", say.optedOut),
    goodbye: prompt("goodbye", say.goodbye),
    skipped,
  };
}

/** The keypad form of a question, or why it has none. */
function keypad(
  q: Question,
  lang: PhoneLang,
  text: (t: LocalText | undefined) => string | undefined,
): Built | SkipReason {
  const say = PHRASES[lang];
  switch (q.type) {
    case "single": {
      const options = yesFirst(q.options);
      if (options.length > MAX_KEYPAD_OPTIONS) return "too_many_options";
      const digits: Record<string, Answer> = {};
      const lines: string[] = [];
      for (const [i, option] of options.entries()) {
        const label = text(option.label);
        if (label === undefined) return "no_text_in_language";
        digits[String(i + 1)] = { choice: option.value };
        lines.push(say.press(String(i + 1), label));
      }
      return { text: lines.join(" "), digits };
    }
    case "likert": {
      const labels = q.labels ?? likertLabels(q.points);
      const digits: Record<string, Answer> = {};
      const lines: string[] = [];
      for (const [i, labelText] of labels.entries()) {
        const label = text(labelText);
        if (label === undefined) return "no_text_in_language";
        digits[String(i + 1)] = i + 1;
        lines.push(say.press(String(i + 1), label));
      }
      if (q.dontKnow) {
        const digit = String(labels.length + 1);
        digits[digit] = DONT_KNOW;
        lines.push(say.dontKnow(digit));
      }
      return { text: lines.join(" "), digits };
    }
    case "scale": {
      // 0 is the "hear again" key, so 0–10 scales are not asked by phone.
      if (q.min === 0) return "scale_from_zero";
      const extra = q.dontKnow ? 1 : 0;
      if (q.max + extra > MAX_KEYPAD_OPTIONS) return "too_many_options";
      const digits: Record<string, Answer> = {};
      for (let n = q.min; n <= q.max; n++) digits[String(n)] = n;
      let line = say.scale(q.min, q.max, text(q.minLabel), text(q.maxLabel));
      if (q.dontKnow) {
        digits[String(q.max + 1)] = DONT_KNOW;
        line += ` ${say.dontKnow(String(q.max + 1))}`;
      }
      return { text: line, digits };
    }
    case "number": {
      if (!q.integer) return "number_not_integer";
      const largest = Math.max(Math.abs(q.max ?? 9999), Math.abs(q.min ?? 0));
      return {
        text: say.number(text(q.unit)),
        digits: {},
        number: {
          maxDigits: Math.max(1, String(Math.trunc(largest)).length),
          ...(q.min !== undefined ? { min: q.min } : {}),
          ...(q.max !== undefined ? { max: q.max } : {}),
        },
      };
    }
    case "text":
      return "open_text";
    default:
      // multiple choice, grid, ranking, municipality: more than one key press per answer.
      return "not_keypad";
  }
}

const YES = new Set(["yes", "kylla", "ja"]);
const NO = new Set(["no", "ei", "nej"]);

/** A yes/no question always has yes on 1 and no on 2, whatever order the survey lists them. */
function yesFirst<T extends { value: string }>(options: T[]): T[] {
  if (options.length !== 2) return options;
  const [a, b] = options as [T, T];
  return NO.has(a.value) && YES.has(b.value) ? [b, a] : options;
}

/** Every prompt of a flow, once: what the server renders to audio per campaign. */
export function flowPrompts(flow: PhoneFlow): Prompt[] {
  return [flow.intro, ...flow.steps.map((s) => s.prompt), flow.thanks, flow.optedOut, flow.goodbye];
}
