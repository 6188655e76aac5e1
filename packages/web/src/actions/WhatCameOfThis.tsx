import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { Link } from "react-router";
import { localized } from "../lib/language.js";
import { actionEndpoints } from "./api.js";
import { useAt } from "./i18n/index.js";

/**
 * "What came of this": the published recommendations that cite a conversation or a survey, each
 * linked to its trail page, with its measures' statuses. Nothing is shown while there are none.
 */
export function WhatCameOfThis(props: Props) {
  // The actions texts load on first use: the page around it does not wait for them.
  return (
    <Suspense fallback={null}>
      <Produced {...props} />
    </Suspense>
  );
}

interface Props {
  slug: string;
  conversation?: string;
  survey?: string;
}

function Produced(props: Props) {
  const { at, language } = useAt();
  const source = props.conversation
    ? { conversation: props.conversation }
    : { survey: props.survey ?? "" };
  const produced = useQuery({
    queryKey: ["actions", props.slug, "produced", source],
    enabled: Boolean(props.slug && (props.conversation || props.survey)),
    queryFn: () => actionEndpoints.produced(props.slug, source),
    retry: false,
  });
  const items = produced.data?.recommendations ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="what-came-of-this" className="actions-produced">
      <h2 id="what-came-of-this">{at("produced.title")}</h2>
      <ul>
        {items.map((r) => (
          <li key={`${r.table.slug}-${r.number}`}>
            <Link to={`/${props.slug}/actions/${r.table.slug}/${r.number}`}>
              {at("produced.recommendation", { number: r.number, text: r.text })}
            </Link>{" "}
            ({r.table.title})
            <ul>
              {r.measures.map((m) => (
                <li key={m.number}>
                  {at("produced.measure", {
                    number: m.number,
                    text: m.text,
                    status:
                      localized(
                        r.table.statuses.find((s) => s.key === m.status)?.label,
                        language,
                      ) || m.status,
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
