import { useState } from "react";
import { useSt } from "../i18n/index.js";
import { EmbedSites } from "./EmbedSites.js";
import { answerUrl, embedSnippet } from "./share.js";

/** The public link, a QR code for posters and paper, and the snippet to embed the survey. */
export function SharePanel(props: {
  orgSlug: string;
  surveyId: string;
  surveySlug: string;
  title: string;
  embedOrigins: string[];
  mayEdit: boolean;
  onSaved: (data: unknown) => void;
}) {
  const { st } = useSt();
  const [copied, setCopied] = useState(false);
  const url = answerUrl(window.location.origin, props.orgSlug, props.surveySlug);
  const snippet = embedSnippet({ url, title: props.title });
  const qr = `/api/orgs/${props.orgSlug}/surveys/${props.surveyId}/qr.svg`;
  return (
    <section className="survey-share" aria-labelledby="survey-share">
      <h2 id="survey-share">{st("staff.share.title")}</h2>
      <p>
        {st("staff.publicLink")}: <a href={url}>{url}</a>
      </p>
      <p>
        <img className="survey-share__qr" src={qr} alt={st("staff.share.qrAlt", { url })} />
      </p>
      <p>
        <a href={`${qr}?download=1`} download>
          {st("staff.share.qrDownload")}
        </a>
      </p>
      <label htmlFor="survey-embed-snippet">{st("staff.share.embed")}</label>
      <p id="survey-embed-hint">{st("staff.share.embedHint")}</p>
      <textarea
        id="survey-embed-snippet"
        readOnly
        rows={4}
        value={snippet}
        aria-describedby="survey-embed-hint"
        onFocus={(e) => e.currentTarget.select()}
      />
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
          }}
        >
          {st("staff.share.copy")}
        </button>
        {copied ? <span role="status"> {st("staff.share.copied")}</span> : null}
      </p>
      <EmbedSites
        orgSlug={props.orgSlug}
        surveyId={props.surveyId}
        origins={props.embedOrigins}
        mayEdit={props.mayEdit}
        onSaved={props.onSaved}
      />
    </section>
  );
}
