import { describe, expect, it } from "vitest";
import { buildFlow } from "./flow.js";
import {
  type CallInput,
  type CallState,
  nextAction,
  type StepResult,
  startCall,
  step,
} from "./machine.js";
import { phoneSurvey } from "./testing.js";

const flow = buildFlow(phoneSurvey, { lang: "fi", caller: "Testialueen" });

/** Applies inputs in order; returns every result. */
function run(inputs: CallInput[], from: CallState = startCall()): StepResult[] {
  const results: StepResult[] = [];
  let state = from;
  for (const input of inputs) {
    const r = step(flow, state, input);
    results.push(r);
    state = r.state;
  }
  return results;
}
const last = (rs: StepResult[]) => rs[rs.length - 1]!;
const askedId = (r: StepResult) => (r.action.kind === "ask" ? r.action.id : "end");

describe("step", () => {
  it("starts with the introduction and goes to the first question on silence", () => {
    expect(nextAction(flow, startCall())).toMatchObject({ kind: "ask", id: "intro", maxDigits: 1 });
    const [r] = run(["timeout"]);
    expect(askedId(r!)).toBe("q.used");
  });

  it("stores each answer as it is given and completes with a thank-you", () => {
    const rs = run(["1", "1", "4", "3", "85#"]);
    expect(rs.map((r) => r.answer)).toEqual([
      undefined,
      { question: "used", value: { choice: "yes" } },
      { question: "satisfied", value: 4 },
      { question: "grade", value: 3 },
      { question: "age", value: 85 },
    ]);
    expect(last(rs).events).toEqual([{ type: "completed" }]);
    expect(last(rs).state.status).toBe("completed");
    expect(last(rs).action).toEqual({ kind: "end", prompt: flow.thanks });
  });

  it("asks a question only when its condition holds on the answers so far", () => {
    const rs = run(["1", "2"]); // used = no → satisfied is not asked
    expect(askedId(last(rs))).toBe("q.grade");
  });

  it("repeats once on silence, then skips", () => {
    const rs = run(["1", "timeout", "timeout"]);
    expect(askedId(rs[1]!)).toBe("q.used");
    expect(rs[1]!.events).toEqual([]);
    expect(rs[2]!.events).toEqual([{ type: "skipped", question: "used", why: "no_input" }]);
    expect(askedId(rs[2]!)).toBe("q.grade"); // nothing answered: the condition on used fails
  });

  it("repeats once on a wrong key, then skips", () => {
    const rs = run(["1", "7", "1", "8", "8"]);
    expect(askedId(rs[1]!)).toBe("q.used");
    expect(rs[2]!.answer).toEqual({ question: "used", value: { choice: "yes" } });
    expect(askedId(rs[3]!)).toBe("q.satisfied");
    expect(rs[4]!.events).toEqual([{ type: "skipped", question: "satisfied", why: "invalid" }]);
  });

  it("plays a question again on 0 without using up its repeat", () => {
    const rs = run(["1", "0", "0", "timeout", "2"]);
    expect(rs.slice(1, 4).map(askedId)).toEqual(["q.used", "q.used", "q.used"]);
    expect(rs[4]!.answer).toEqual({ question: "used", value: { choice: "no" } });
  });

  it("opts out on 9 in the introduction and in a question, at once", () => {
    expect(run(["9"])[0]!.events).toEqual([{ type: "opt_out" }]);
    const rs = run(["1", "1", "9"]);
    expect(last(rs).events).toEqual([{ type: "opt_out" }]);
    expect(last(rs).state.status).toBe("opted_out");
    expect(last(rs).state.answers).toEqual({ used: { choice: "yes" } });
    expect(last(rs).action).toEqual({ kind: "end", prompt: flow.optedOut });
  });

  it("keeps the answers so far on a hang-up and reports a partial answer", () => {
    const rs = run(["1", "1", "5", "hangup"]);
    expect(last(rs).events).toEqual([{ type: "partial", answered: 2 }]);
    expect(last(rs).state.answers).toEqual({ used: { choice: "yes" }, satisfied: 5 });
    expect(run(["hangup"])[0]!.events).toEqual([{ type: "abandoned" }]);
  });

  it("reads number questions literally (9 and 0 are digits there) and checks the range", () => {
    const atAge = last(run(["1", "2", "3"])).state;
    expect(nextAction(flow, atAge)).toMatchObject({ id: "q.age", maxDigits: 3, terminator: true });
    expect(step(flow, atAge, "9").state.repeats).toBe(1); // 9 < 18: wrong, asked again
    expect(step(flow, atAge, "90#").answer).toEqual({ question: "age", value: 90 });
    expect(step(flow, atAge, "121").answer).toBeUndefined();
  });

  it("counts turns and ignores inputs after the end", () => {
    const rs = run(["9"]);
    const after = step(flow, last(rs).state, "1");
    expect(after.state).toBe(last(rs).state);
    expect(after.events).toEqual([]);
    expect(run(["1", "0", "1"]).map((r) => r.state.turn)).toEqual([1, 2, 3]);
  });
});

describe("step, for any keys pressed", () => {
  it("ends within a bounded number of inputs, answers each question at most once, respects conditions", () => {
    const keys = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "timeout", "85#", "19#"];
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const bound = (flow.steps.length + 1) * 6;
    for (let round = 0; round < 500; round++) {
      let state = startCall();
      const given: string[] = [];
      let inputs = 0;
      while (state.status === "active") {
        const r = step(flow, state, keys[rand(keys.length)]!);
        if (r.answer) given.push(r.answer.question);
        state = r.state;
        inputs++;
        expect(inputs).toBeLessThanOrEqual(bound);
      }
      expect(new Set(given).size).toBe(given.length);
      expect(Object.keys(state.answers).sort()).toEqual([...given].sort());
      if ("satisfied" in state.answers) expect(state.answers.used).toEqual({ choice: "yes" });
    }
  });
});
