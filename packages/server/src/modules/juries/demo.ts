import { createSealer } from "../../db/sealed.js";
import type { DemoSeeder } from "../define.js";
import {
  addProposal,
  adoptStatement,
  giveSupport,
  mergeProposals,
  publishStatement,
  setStatus,
} from "../deliberation/index.js";
import { addHearing, addMaterial, answerQuestion, askQuestion } from "./materials.js";
import { addExpert, addJuror } from "./members.js";
import type { JURY_PHASES } from "./schema.js";
import { createJury, moveJuryPhase, recordDecisionResponse, setJuryStatus } from "./setup.js";
import { startJuryStatement } from "./statement.js";
import { submitPost } from "./threads.js";

const actor = { label: "demo" };
const prompt = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const RECOMMENDATIONS = [
  {
    title: "Maksuttomat harrastukset iltaisin",
    text: "Jokaisessa kunnassa on vähintään kolmena iltana viikossa maksuton, ohjattu harrastus 15–25-vuotiaille.",
    rationale: "Raha ja kulkeminen estävät harrastamisen; kouluilla on tiloja iltaisin.",
  },
  {
    title: "Matalan kynnyksen keskusteluapu",
    text: "Nuori saa keskusteluavun samana päivänä chatissa tai koulun kuraattorilta ilman ajanvarausta.",
    rationale: "Jonot ovat pitkiä, ja moni jättää hakematta apua.",
  },
  {
    title: "Nuorisovaltuusto mukaan päätöksiin",
    text: "Nuorisovaltuusto saa puheoikeuden hyvinvointialueen lautakunnissa, jotka käsittelevät nuorten palveluja.",
    rationale: "Päätökset tehdään nyt kuulematta niitä, joita ne koskevat.",
  },
];

/**
 * The demo county's finished youth online jury (nuorten digiraati, 15–25): twelve jurors, an
 * expert hearing, a discussion, the published statement with its support, and the county's
 * response beside it.
 */
export const seedDemoJuries: DemoSeeder = async (db, { organization, dataKey }) => {
  // Jurors' contact data is sealed: without a data key there is no demo jury.
  if (!dataKey) return;
  const sealer = createSealer(dataKey);
  const organizationId = organization.id;
  const jury = await createJury(db, {
    organizationId,
    actor,
    input: {
      title: "Nuorten digiraati: nuorten hyvinvointi",
      question: prompt(
        "Mitä hyvinvointialueen ja kuntien pitäisi tehdä, jotta nuoret voisivat paremmin?",
        "Vad borde välfärdsområdet och kommunerna göra för att unga ska må bättre?",
        "What should the wellbeing services county and the municipalities do for young people to feel better?",
      ),
      recruitment: "open_call",
      recruitmentRef: "",
      audience: "15–25-vuotiaat maakunnan nuoret",
      minimumAge: 13,
      moderation: "post",
      phases: {
        get_to_know: {
          prompt: prompt(
            "Tutustu aineistoon ja kerro, mikä yllätti.",
            "Bekanta dig med materialet och berätta vad som överraskade.",
            "Read the materials and tell what surprised you.",
          ),
          plainPrompt: prompt("Lue teksti. Kerro mitä ajattelet.", "", ""),
          startsOn: "2026-09-01",
          endsOn: "2026-09-06",
        },
        hear_experts: {
          prompt: prompt("Kysy asiantuntijoilta.", "Fråga de sakkunniga.", "Ask the experts."),
          plainPrompt: prompt("Kysy asiantuntijalta.", "", ""),
          startsOn: "2026-09-07",
          endsOn: "2026-09-12",
        },
        deliberate: {
          prompt: prompt(
            "Keskustelkaa: mikä auttaisi eniten?",
            "Diskutera: vad skulle hjälpa mest?",
            "Discuss: what would help most?",
          ),
          plainPrompt: prompt("Mikä auttaisi eniten?", "", ""),
          startsOn: "2026-09-13",
          endsOn: "2026-09-17",
        },
      },
    },
  });
  const scope = { organizationId, juryId: jury.id };
  await setJuryStatus(db, { ...scope, status: "running", actor });
  const jurors = [];
  for (let i = 0; i < 12; i++)
    jurors.push(
      await addJuror(db, sealer, {
        ...scope,
        actor,
        input: {
          contact: { name: `Demonuori ${i + 1}`, email: `nuori${i + 1}@demo.kuulo.example` },
          language: i % 6 === 5 ? "sv" : "fi",
          plainLanguage: i % 4 === 0,
          age: 15 + ((i * 7) % 11),
          guardian: null,
          digest: i % 3 === 0 ? "email" : "none",
        },
      }),
    );
  const expert = await addExpert(db, sealer, {
    ...scope,
    actor,
    input: {
      name: "Sari Saarinen",
      title: "nuorisopsykiatrian ylilääkäri",
      email: "asiantuntija@demo.kuulo.example",
      language: "fi",
    },
  });
  await addMaterial(db, {
    ...scope,
    actor,
    input: {
      phase: "get_to_know",
      kind: "text",
      title: prompt(
        "Kouluterveyskysely 2025 lyhyesti",
        "Skolhälsoenkäten 2025 i korthet",
        "The School Health Promotion study 2025 in brief",
      ),
      body: prompt(
        "Joka viides lukiolainen kertoo kohtalaisesta tai vaikeasta ahdistuneisuudesta. Harrastuksiin osallistuminen on vähentynyt.",
        "",
        "",
      ),
      plainBody: prompt(
        "Moni nuori on ahdistunut. Nuoret harrastavat vähemmän kuin ennen.",
        "",
        "",
      ),
      url: null,
      altText: { fi: "", sv: "", en: "" },
      captionsUrl: null,
      position: 0,
    },
  });
  const hearing = await addHearing(db, {
    ...scope,
    expertId: expert.id,
    subject: prompt(
      "Nuorten mielenterveys",
      "Ungas psykiska hälsa",
      "Young people's mental health",
    ),
    actor,
  });
  let current = { ...jury, status: "running" as const };
  const move = async (phase: (typeof JURY_PHASES)[number]) => {
    current = { ...(await moveJuryPhase(db, { ...scope, phase, actor })), status: "running" };
  };
  const opening = await submitPost(db, {
    jury: current,
    author: { member: jurors[0]! },
    body: "Minua yllätti, kuinka moni on ahdistunut. Harrastukset maksavat liikaa.",
    parentId: null,
  });
  await submitPost(db, {
    jury: current,
    author: { member: jurors[1]! },
    body: "Samaa mieltä. Bussit eivät kulje iltaisin, joten harrastukseen ei pääse.",
    parentId: opening.id,
  });
  await move("hear_experts");
  const question = await askQuestion(db, {
    member: jurors[2]!,
    jury: current,
    hearingId: hearing.id,
    question: "Mikä auttaa nuorta, joka ei jaksa hakea apua?",
  });
  await answerQuestion(db, {
    member: expert,
    questionId: question.id,
    answer: "Apu, joka on tarjolla heti ja ilman ajanvarausta: chat, koulun kuraattori, ohjaamot.",
    videoUrl: null,
  });
  await move("deliberate");
  await submitPost(db, {
    jury: current,
    author: { member: jurors[3]! },
    body: "Nuorisovaltuuston pitäisi päästä kertomaan mielipiteensä lautakunnissa.",
    parentId: null,
  });
  await move("write");

  const { statement } = await startJuryStatement(db, {
    ...scope,
    title: "Nuorten digiraadin julkilausuma",
    actor,
  });
  const s = { organizationId, statementId: statement.id };
  const recommendationIds: string[] = [];
  for (const r of RECOMMENDATIONS) {
    const proposal = await addProposal(db, {
      ...s,
      input: { sourceLabel: "Digiraati", text: r.title },
      actor,
    });
    recommendationIds.push(
      (await mergeProposals(db, { ...s, proposalIds: [proposal.id], into: r, actor })).id,
    );
  }
  await setStatus(db, { ...s, status: "amending", actor });
  await setStatus(db, { ...s, status: "support_check", actor });
  for (const [i, juror] of jurors.entries())
    for (const [j, recommendationId] of recommendationIds.entries())
      await giveSupport(db, {
        ...s,
        participantRef: juror.id,
        recommendationId,
        level: Math.max(2, 5 - ((i + j) % 4)),
      });
  await adoptStatement(db, { ...s, input: { how: "tukikartoitus, 12 raatilaista" }, actor });
  await publishStatement(db, { ...s, published: true, actor });
  await move("publish");
  await recordDecisionResponse(db, {
    ...scope,
    actor,
    response: {
      body: "Aluehallitus",
      date: "2026-11-10",
      text: prompt(
        "Aluehallitus kiittää nuoria. Matalan kynnyksen keskusteluapu laajennetaan kaikkiin kouluihin vuonna 2027, ja nuorisovaltuusto saa puheoikeuden lasten ja nuorten lautakunnassa. Maksuttomista harrastuksista neuvotellaan kuntien kanssa talousarvion yhteydessä.",
        "Regionstyrelsen tackar de unga. Samtalsstöd med låg tröskel utvidgas till alla skolor 2027, och ungdomsfullmäktige får yttranderätt i nämnden för barn och unga.",
        "The county board thanks the young people. Low-threshold counselling extends to every school in 2027, and the youth council gets the right to speak in the children and youth committee.",
      ),
    },
  });
  await setJuryStatus(db, { ...scope, status: "finished", actor });
};
