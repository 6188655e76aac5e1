import {
  type CallInput,
  type CallOutcome,
  type CallState,
  nextAction,
  nextAttemptAt,
  type PhoneAction,
  type PhoneFlow,
  step,
} from "@kuulo/phone";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { suppressAddress } from "../messaging/index.js";
import { finishPhoneResponse, savePhoneAnswer } from "../surveys/index.js";
import {
  type CallOutcomeKind,
  type PhoneCall,
  type PhoneCampaign,
  type PhoneNumber,
  phoneCallbacks,
  phoneCalls,
  phoneCampaigns,
  phoneNumbers,
} from "./schema.js";

/**
 * A call's callbacks: each applied once (its idempotency key stored in the same transaction,
 * the call's row locked), the state machine stepped, each answer stored into the survey's
 * results the moment it is given, an opt-out put on the suppression list at once, and the
 * attempt closed with its outcome (a retry scheduled, or the number done).
 */

export interface CallContext {
  call: PhoneCall;
  campaign: PhoneCampaign;
  number: PhoneNumber;
}

type FlowOf = (db: Db, campaign: PhoneCampaign, number: PhoneNumber) => Promise<PhoneFlow>;

/** The call, its campaign and number, the call's row locked (inside a transaction). */
async function lockCall(tx: Db, callId: string): Promise<CallContext | undefined> {
  const [call] = await tx.select().from(phoneCalls).where(eq(phoneCalls.id, callId)).for("update");
  if (!call) return undefined;
  const [campaign] = await tx
    .select()
    .from(phoneCampaigns)
    .where(eq(phoneCampaigns.id, call.campaignId));
  const [number] = await tx
    .select()
    .from(phoneNumbers)
    .where(
      and(eq(phoneNumbers.id, call.numberId), eq(phoneNumbers.organizationId, call.organizationId)),
    );
  return { call, campaign: campaign!, number: number! };
}

/** The call's campaign (for the callback's verification), without a lock. */
export async function campaignOfCall(db: Db, callId: string): Promise<PhoneCampaign | undefined> {
  const [row] = await db
    .select({ campaign: phoneCampaigns })
    .from(phoneCalls)
    .innerJoin(phoneCampaigns, eq(phoneCampaigns.id, phoneCalls.campaignId))
    .where(eq(phoneCalls.id, callId));
  return row?.campaign;
}

/** Records the key; false when it was recorded before (a provider's retry). */
async function firstTime(tx: Db, callId: string, key: string): Promise<boolean> {
  const rows = await tx
    .insert(phoneCallbacks)
    .values({ key, callId })
    .onConflictDoNothing()
    .returning({ key: phoneCallbacks.key });
  return rows.length > 0;
}

const HANG_UP: PhoneAction = { kind: "end", prompt: null };

/** What to answer the provider: the action, and the turn its next webhook URL carries. */
export interface CallAnswer {
  action: PhoneAction;
  turn: number;
  ctx?: CallContext;
}

/** The call is answered: the first action (a machine: nothing, the attempt closes). */
export async function answerCall(
  db: Db,
  deps: { sealer: Sealer; flow: FlowOf; now?: Date },
  options: { callId: string; providerCallId: string; machine: boolean },
): Promise<CallAnswer> {
  return db.transaction(async (tx) => {
    const ctx = await lockCall(tx, options.callId);
    if (!ctx || ctx.call.status === "ended") return { action: HANG_UP, turn: 0 };
    if (options.machine) {
      await closeCall(tx, deps, ctx, "machine");
      return { action: HANG_UP, turn: 0 };
    }
    await tx
      .update(phoneCalls)
      .set({
        status: "in_call",
        answered: true,
        providerCallId: options.providerCallId,
        updatedAt: deps.now ?? new Date(),
      })
      .where(eq(phoneCalls.id, ctx.call.id));
    const flow = await deps.flow(tx, ctx.campaign, ctx.number);
    return { action: nextAction(flow, ctx.call.state), turn: ctx.call.state.turn, ctx };
  });
}

/** Keys pressed or silence at `turn`; a repeat of a callback applies nothing. */
export async function applyInput(
  db: Db,
  deps: { sealer: Sealer; flow: FlowOf; now?: Date },
  options: { callId: string; key: string; turn: number; input: CallInput },
): Promise<CallAnswer> {
  return db.transaction(async (tx) => {
    const ctx = await lockCall(tx, options.callId);
    if (!ctx || ctx.call.status === "ended") return { action: HANG_UP, turn: 0 };
    const flow = await deps.flow(tx, ctx.campaign, ctx.number);
    if (options.turn !== ctx.call.state.turn || !(await firstTime(tx, ctx.call.id, options.key)))
      return { action: nextAction(flow, ctx.call.state), turn: ctx.call.state.turn, ctx };
    const state = await stepAndStore(tx, deps, ctx, flow, options.input);
    if (state.status !== "active")
      await closeCall(tx, deps, { ...ctx, call: { ...ctx.call, state } }, null);
    return { action: nextAction(flow, state), turn: state.turn, ctx };
  });
}

/** Steps the machine, stores the answer given, acts on an opt-out; saves the state. */
async function stepAndStore(
  tx: Db,
  deps: { sealer: Sealer; now?: Date },
  ctx: CallContext,
  flow: PhoneFlow,
  input: CallInput,
): Promise<CallState> {
  const { campaign, number } = ctx;
  const result = step(flow, ctx.call.state, input);
  if (result.answer) {
    const responseId = await savePhoneAnswer(tx, {
      organizationId: campaign.organizationId,
      surveyId: campaign.surveyId,
      versionId: campaign.versionId,
      responseId: number.responseId,
      question: result.answer.question,
      value: result.answer.value,
    });
    if (responseId !== number.responseId) {
      await tx.update(phoneNumbers).set({ responseId }).where(eq(phoneNumbers.id, number.id));
      number.responseId = responseId;
    }
  }
  if (result.events.some((e) => e.type === "opt_out")) {
    await suppressAddress(tx, {
      organizationId: campaign.organizationId,
      channel: "phone",
      address: deps.sealer.open(number.numberSealed),
      reason: "opt_out",
    });
  }
  await tx
    .update(phoneCalls)
    .set({ state: result.state, updatedAt: deps.now ?? new Date() })
    .where(eq(phoneCalls.id, ctx.call.id));
  return result.state;
}

/** The provider says the call ended (hang-up, busy, no answer, failure, a machine). */
export async function endCall(
  db: Db,
  deps: { sealer: Sealer; flow: FlowOf; now?: Date },
  options: { callId: string; key: string; outcome: CallOutcome | "timed_out" },
): Promise<void> {
  await db.transaction(async (tx) => {
    const ctx = await lockCall(tx, options.callId);
    if (!ctx || ctx.call.status === "ended") return;
    if (!(await firstTime(tx, ctx.call.id, options.key))) return;
    let state = ctx.call.state;
    if (ctx.call.answered && state.status === "active") {
      const flow = await deps.flow(tx, ctx.campaign, ctx.number);
      state = await stepAndStore(tx, deps, ctx, flow, "hangup");
    }
    const given: CallOutcomeKind | null =
      options.outcome === "answered"
        ? null
        : options.outcome === "timed_out"
          ? "timed_out"
          : options.outcome;
    await closeCall(tx, deps, { ...ctx, call: { ...ctx.call, state } }, given);
  });
}

/**
 * Closes the attempt: its outcome from the state (completed, opted out, partial, abandoned) or
 * the provider's (busy, no answer …); the number done, opted out, or due again (or exhausted).
 */
export async function closeCall(
  tx: Db,
  deps: { now?: Date },
  ctx: CallContext,
  given: CallOutcomeKind | null,
): Promise<CallOutcomeKind> {
  const now = deps.now ?? new Date();
  const { state } = ctx.call;
  const answered = Object.keys(state.answers).length;
  const outcome: CallOutcomeKind =
    state.status === "completed"
      ? "completed"
      : state.status === "opted_out"
        ? "opted_out"
        : answered > 0
          ? "partial"
          : (given ?? "abandoned");
  await tx
    .update(phoneCalls)
    .set({ status: "ended", outcome, endedAt: now, updatedAt: now })
    .where(eq(phoneCalls.id, ctx.call.id));
  if (ctx.number.responseId && (outcome === "completed" || answered > 0))
    await finishPhoneResponse(tx, {
      organizationId: ctx.campaign.organizationId,
      responseId: ctx.number.responseId,
      at: now,
    });
  let next: Partial<PhoneNumber>;
  if (outcome === "opted_out") next = { status: "opted_out" };
  else if (outcome === "completed" || outcome === "partial") next = { status: "done" };
  else if (outcome === "suppressed") next = { status: "suppressed" };
  else {
    const at = nextAttemptAt(
      Array.from({ length: ctx.number.attempts }, () => now),
      now,
      {
        maxAttempts: ctx.campaign.maxAttempts,
        spacingHours: ctx.campaign.spacingHours,
        window: ctx.campaign.window,
      },
    );
    next = at ? { status: "waiting", nextAttemptAt: at } : { status: "exhausted" };
  }
  await tx
    .update(phoneNumbers)
    .set(next)
    .where(and(eq(phoneNumbers.id, ctx.number.id), sql`${phoneNumbers.status} = 'in_call'`));
  return outcome;
}
