import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Status, TextField } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { isLanguage } from "../lib/language.js";
import { actionEndpoints } from "./api.js";
import { useAt } from "./i18n/index.js";

/** Subscribing to a table's changes by email (double opt-in). */
export function SubscribeForm({ slug, table }: { slug: string; table: string }) {
  const { at, t, language } = useAt();
  const [email, setEmail] = useState("");
  const subscribe = useMutation({
    mutationFn: () =>
      actionEndpoints.subscribe(slug, table, email.trim(), isLanguage(language) ? language : "fi"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate();
  };
  return (
    <section aria-labelledby="actions-subscribe">
      <h2 id="actions-subscribe">{at("public.subscribe")}</h2>
      {subscribe.isSuccess ? (
        <Status>{at("public.subscribed", { email: email.trim() })}</Status>
      ) : (
        <form onSubmit={submit} className="actions-subscribe">
          <TextField
            id="actions-subscribe-email"
            type="email"
            label={at("public.email")}
            hint={at("public.subscribeHint")}
            value={email}
            onChange={setEmail}
            autoComplete="email"
            required
            maxLength={254}
            error={subscribe.error ? errorMessage(subscribe.error, t) : undefined}
          />
          <button type="submit" disabled={subscribe.isPending}>
            {at("public.subscribeButton")}
          </button>
        </form>
      )}
    </section>
  );
}
