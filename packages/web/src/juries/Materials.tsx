import type { Space } from "./api.js";
import { useJt } from "./i18n/index.js";
import { inLanguage } from "./JurySpacePage.js";

/** The materials of the phases reached: texts (plain-language variant when chosen), images with alt text, videos with captions, links. */
export function Materials({ materials, plain }: { materials: Space["materials"]; plain: boolean }) {
  const { jt, language } = useJt();
  if (materials.length === 0) return null;
  return (
    <section aria-labelledby="jury-materials">
      <h2 id="jury-materials">{jt("space.materials")}</h2>
      {materials.map((m) => {
        const body = plain && inLanguage(m.plainBody, language) ? m.plainBody : m.body;
        return (
          <article key={m.id} className="card">
            <h3>{inLanguage(m.title, language)}</h3>
            {inLanguage(body, language) ? (
              <p style={{ whiteSpace: "pre-line" }}>{inLanguage(body, language)}</p>
            ) : null}
            {m.kind === "image" && m.url ? (
              <img
                src={m.url}
                alt={inLanguage(m.altText, language)}
                style={{ maxWidth: "100%", height: "auto" }}
              />
            ) : null}
            {m.kind === "video" && m.url ? (
              <p>
                <a href={m.url}>{jt("space.video")}</a>
                {m.captionsUrl ? (
                  <>
                    {" · "}
                    <a href={m.captionsUrl}>{jt("space.captions")}</a>
                  </>
                ) : null}
              </p>
            ) : null}
            {m.kind === "link" && m.url ? (
              <p>
                <a href={m.url}>{jt("space.link")}</a>
              </p>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
