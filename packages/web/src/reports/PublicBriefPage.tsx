import { useParams } from "react-router";
import { PageSuspense } from "../components/lazy.js";
import type { BriefKind } from "./api.js";
import { BriefScreen } from "./BriefScreen.js";

/** `/:slug/reports/{conversations|surveys|panels|juries|roundtables|phone}/:id`: the brief of an activity whose results are public. */
export function PublicBriefPage({ kind }: { kind: BriefKind }) {
  const { slug = "" } = useParams();
  return (
    <PageSuspense>
      <BriefScreen slug={slug} kind={kind} audience="public/" />
    </PageSuspense>
  );
}
