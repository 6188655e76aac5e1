// @kuulo/phone: robot phone calls for surveys — a survey's closed questions as a keypad voice
// flow (fi/sv), the call as a pure state machine, calling windows and retries, and adapters for
// 46elks and Twilio (request builders, call actions / TwiML, callbacks, signatures). Pure: no
// database, no network (the fake provider for tests and the demo is `@kuulo/phone/fake`).

export {
  type CallOutcome,
  ELKS_API,
  type ElksAction,
  elksAction,
  elksHangup,
  elksInput,
  elksPlaceCall,
  elksWebhookUrl,
  type HttpRequest,
  verifyElksToken,
} from "./elks.js";
export {
  buildFlow,
  type FlowOptions,
  flowPrompts,
  type KeypadStep,
  MAX_KEYPAD_OPTIONS,
  OPT_OUT_DIGIT,
  type PhoneFlow,
  type Prompt,
  REPLAY_DIGIT,
  type SkipReason,
  type SpeechRate,
} from "./flow.js";
export {
  type CallInput,
  type CallState,
  type CallStatus,
  keysToAnswer,
  MAX_REPLAYS,
  nextAction,
  type PhoneAction,
  type PhoneEvent,
  type StepResult,
  startCall,
  step,
} from "./machine.js";
export {
  type CallingWindow,
  DEFAULT_RETRY,
  DEFAULT_WINDOW,
  type DueCall,
  e164,
  localTime,
  mayCallNow,
  nextAttemptAt,
  nextWindowStart,
  pickCalls,
  type RetryRules,
  zonedInstant,
} from "./schedule.js";
export {
  callbackKey,
  type Provider,
  safeEqual,
} from "./secure.js";
export { PHRASES, type PhoneLang } from "./texts.js";
export {
  answeredByMachine,
  TWILIO_API,
  TWIML_HANGUP,
  twilioInput,
  twilioPlaceCall,
  twilioSignature,
  twilioStatus,
  twiml,
  verifyTwilioSignature,
  xmlEscape,
} from "./twilio.js";
