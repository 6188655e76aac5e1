import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { panelCandidates } from "../panels/index.js";
import { panelWithCandidates } from "../panels/testing.js";
import { addExpert, addJuror } from "./members.js";
import type { JuryMember } from "./schema.js";
import { openSession } from "./sessions.js";
import { createJury, setJuryStatus } from "./setup.js";
import { submitPost } from "./threads.js";
import type { JurorInput, JuryInput } from "./validation.js";

/** A set-up that passes validation. */
export function sampleJury(overrides: Partial<JuryInput> = {}): JuryInput {
  return {
    title: "Nuorten digiraati",
    question: {
      fi: "Miten nuorten hyvinvointia tuetaan?",
      sv: "Hur stöds ungas välmående?",
      en: "",
    },
    recruitment: "open_call",
    recruitmentRef: "",
    audience: "15–25-vuotiaat",
    minimumAge: 13,
    moderation: "post",
    phases: {
      get_to_know: {
        prompt: { fi: "Tutustu aineistoon", sv: "Bekanta dig med materialet", en: "" },
        plainPrompt: { fi: "Lue ensin tämä", sv: "", en: "" },
        startsOn: "2027-02-01",
        endsOn: "2027-02-05",
      },
    },
    ...overrides,
  };
}

export function sampleJuror(n: number, overrides: Partial<JurorInput> = {}): JurorInput {
  return {
    contact: { name: `Nuori ${n}`, email: `nuori${n}@example.fi` },
    language: "fi",
    plainLanguage: false,
    age: 17,
    guardian: null,
    digest: "none",
    ...overrides,
  };
}

/** A running jury with `jurors` jurors and one expert, for tests, the demo and the bench. */
export async function runningJury(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; jurors?: number; setup?: Partial<JuryInput> },
) {
  const actor = { label: "test" };
  const jury = await createJury(db, {
    organizationId: options.organizationId,
    input: sampleJury(options.setup),
    actor,
  });
  await setJuryStatus(db, {
    organizationId: options.organizationId,
    juryId: jury.id,
    status: "running",
    actor,
  });
  const jurors: JuryMember[] = [];
  for (let i = 1; i <= (options.jurors ?? 3); i++)
    jurors.push(
      await addJuror(db, sealer, {
        organizationId: options.organizationId,
        juryId: jury.id,
        input: sampleJuror(i),
        actor,
      }),
    );
  const expert = await addExpert(db, sealer, {
    organizationId: options.organizationId,
    juryId: jury.id,
    input: {
      name: "Asiantuntija",
      title: "nuorisotyön johtaja",
      email: "asiantuntija@example.fi",
      language: "fi",
    },
    actor,
  });
  return { jury: { ...jury, status: "running" as const }, jurors, expert };
}

/** A live session for a member (as the one-time link would open). */
export const memberSession = (db: Db, member: JuryMember) => openSession(db, member);

/**
 * A running jury of the organization for the route walks: a juror, a juror awaiting a guardian's
 * consent, an expert and a post waiting for moderation (pre-moderation).
 */
export async function juryForRoute(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; url?: string },
): Promise<{
  juryId: string;
  memberId: string;
  minorId: string;
  expertId: string;
  postId: string;
  panelId?: string;
}> {
  const { jury, jurors, expert } = await runningJury(db, sealer, {
    organizationId: options.organizationId,
    jurors: 1,
    setup: { moderation: "pre" },
  });
  const minor = await addJuror(db, sealer, {
    organizationId: options.organizationId,
    juryId: jury.id,
    input: sampleJuror(2, {
      age: 12,
      guardian: { name: "Huoltaja", email: "huoltaja@example.fi" },
    }),
    actor: { label: "test" },
  });
  const post = await submitPost(db, {
    jury,
    author: { member: jurors[0]! },
    body: "Odottaa hyväksyntää",
    parentId: null,
  });
  return {
    juryId: jury.id,
    memberId: jurors[0]!.id,
    minorId: minor.id,
    expertId: expert.id,
    postId: post.id,
    ...(options.url?.endsWith("/jurors/from-panel")
      ? { panelId: await panelWithConfirmed(db, sealer, options.organizationId) }
      : {}),
  };
}

/** A drawn panel of the organization whose seated panelists have all confirmed: its id. */
export async function panelWithConfirmed(
  db: Db,
  sealer: Sealer,
  organizationId: string,
): Promise<string> {
  const { panel } = await panelWithCandidates(db, sealer, {
    organizationId,
    count: 20,
    k: 4,
    draw: "raati",
  });
  await db
    .update(panelCandidates)
    .set({ status: "confirmed" })
    .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "selected")));
  return panel.id;
}
