import { type Definition, parseDefinition, surveyResults } from "@kuulo/survey";
import type { Db } from "../../db/client.js";
import { campaignAnswers, campaignDashboard, findCampaign } from "../phone/index.js";
import { latestVersion, loadPublication, loadSurvey } from "../surveys/index.js";
import type { Brief, BriefBlock, BriefOptions, BriefSection } from "./brief.js";
import { sinceSection } from "./since.js";
import { headlines } from "./survey.js";
import { labels } from "./texts.js";

/**
 * A phone campaign's brief: calls attempted, answered, completed, partial, opted out and failed
 * (the campaign's dashboard), and per question the answers its calls stored (only this
 * campaign's, small cells hidden as on the survey's public page). Public when the survey's
 * results are; "what happened since" is the survey's action tables.
 */
export async function phoneBrief(db: Db, options: BriefOptions): Promise<Brief> {
  const { organizationId, language } = options;
  const t = labels(language);
  const scope = { organizationId, campaignId: options.id };
  const campaign = await findCampaign(db, scope);
  const survey = await loadSurvey(db, { organizationId, surveyId: campaign.surveyId });
  const board = await campaignDashboard(db, scope);
  const failed = Object.values(board.failedByReason).reduce((a, b) => a + b, 0);
  const figures: BriefSection = {
    key: "figures",
    heading: t("figures"),
    blocks: [
      {
        type: "table",
        table: {
          caption: t("figures"),
          columns: [t("figure"), t("value")],
          rows: [
            [t("numbersToCall"), board.numbers],
            [t("attempted"), board.attempted],
            [t("answeredCalls"), board.answered],
            [t("completedCalls"), board.completed],
            [t("partialCalls"), board.partial],
            [t("optedOut"), board.optedOut],
            [t("failedCalls"), failed],
          ],
        },
      },
    ],
  };
  const findings: BriefBlock[] = [{ type: "paragraph", text: t("phoneAnswers") }];
  const version = await latestVersion(db, survey.id);
  if (version) {
    const definition: Definition = parseDefinition(version.definition);
    const answers = (await campaignAnswers(db, scope)) as Parameters<typeof surveyResults>[1];
    const results = surveyResults(definition, answers);
    findings.push(...headlines(definition, results, language));
  }
  return {
    kind: "phone",
    id: campaign.id,
    title: campaign.name,
    language,
    generatedAt: (options.now ?? new Date()).toISOString(),
    resultsPublic:
      (await loadPublication(db, { organizationId, surveyId: survey.id }))?.visibility === "public",
    sections: [
      figures,
      { key: "findings", heading: t("findings"), blocks: findings },
      await sinceSection(db, { organizationId, kind: "survey", id: survey.id, language }),
    ],
  };
}
