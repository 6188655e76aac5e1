import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, Status, TextField, useFormErrors } from "../components/form.js";
import { formatDate } from "../lib/format.js";
import { euros, panelistFeeEndpoints } from "./fees-api.js";
import { usePt } from "./i18n/index.js";

type TaxKind = "tax_card" | "prepayment_register" | "none";
const FIELDS = [
  "name",
  "streetAddress",
  "postalCode",
  "city",
  "iban",
  "bic",
  "personalIdentityCode",
] as const;

/** The panelist's fees: what is paid, their status, and the secure payment details form. */
export function PanelistFees({ slug }: { slug: string }) {
  const { pt, language } = usePt();
  const client = useQueryClient();
  const fees = useQuery({
    queryKey: ["panelist-fees", slug],
    queryFn: () => panelistFeeEndpoints.fees(slug),
  });
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({
    name: "",
    streetAddress: "",
    postalCode: "",
    city: "",
    iban: "",
    bic: "",
    personalIdentityCode: "",
  });
  const [taxKind, setTaxKind] = useState<TaxKind>("tax_card");
  const [rate, setRate] = useState("");
  const [additional, setAdditional] = useState("");
  const [limit, setLimit] = useState("");
  const [giftCard, setGiftCard] = useState(false);
  const [editing, setEditing] = useState(false);
  const { errors, attempt, failWith, fieldError, fail } = useFormErrors((path) => {
    const m = /^(?:body\.)?(\w+)(\.(\w+))?$/.exec(path);
    if (!m) return undefined;
    if (m[1] === "taxStatus") return `fee-${m[3] ?? "kind"}`;
    return `fee-${m[1]}`;
  });
  const number = (text: string) => Number(text.replace(",", ".").replace(/\s/g, ""));
  const give = useMutation({
    mutationFn: () =>
      panelistFeeEndpoints.give(slug, {
        ...values,
        ...(values.bic.trim() ? {} : { bic: undefined }),
        taxStatus:
          taxKind === "tax_card"
            ? {
                kind: "tax_card",
                ratePercent: number(rate),
                additionalRatePercent: number(additional),
                incomeLimitCents: Math.round(number(limit) * 100),
              }
            : { kind: taxKind },
        giftCard,
      }),
    onSuccess: (data) => {
      client.setQueryData(["panelist-fees", slug], data);
      setEditing(false);
    },
    onError: failWith,
  });
  const f = fees.data;
  if (!f) return null;
  const set = (k: (typeof FIELDS)[number]) => (v: string) => setValues({ ...values, [k]: v });
  const numbersOk = () =>
    taxKind !== "tax_card" ||
    [rate, additional, limit].every((v) => v.trim() !== "" && Number.isFinite(number(v)));
  return (
    <section aria-labelledby="fees-heading">
      <h2 id="fees-heading">{pt("fees.title")}</h2>
      <p>
        {pt("fees.rule", { amount: euros(f.amountPerSessionCents, language) })}
        {f.travel ? ` ${pt("fees.travel")}` : ""}
        {f.giftCardOffered ? ` ${pt("fees.giftCardOffered")}` : ""}
      </p>
      <p>{pt("fees.attended", { count: f.sessionsAttended })}</p>
      {f.payments.length > 0 ? (
        <ul>
          {f.payments.map((p) => (
            <li key={`${p.paymentDate}-${p.sessions}-${p.grossCents}`}>
              {pt(`fees.payment.${p.status}`, {
                net: euros(p.netCents, language),
                gross: euros(p.grossCents, language),
                withholding: euros(p.withholdingCents, language),
                date: formatDate(p.paymentDate, language),
              })}
              {p.form === "gift_card" ? ` ${pt("fees.asGiftCard")}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
      {f.details && !editing ? (
        <>
          <Status>
            {pt("fees.detailsGiven", {
              date: formatDate(f.details.givenAt, language),
              end: f.details.ibanEnd,
            })}
          </Status>
          <button type="button" onClick={() => setEditing(true)}>
            {pt("fees.change")}
          </button>
        </>
      ) : (
        <form
          noValidate
          autoComplete="on"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (!numbersOk())
              return fail([{ field: "fee-ratePercent", message: pt("fees.taxCardNumbers") }]);
            give.mutate();
          }}
        >
          <p>{pt("fees.formIntro")}</p>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="fee-name"
            label={pt("fees.name")}
            value={values.name}
            onChange={set("name")}
            autoComplete="name"
            maxLength={140}
            required
            error={fieldError("fee-name")}
          />
          <TextField
            id="fee-streetAddress"
            label={pt("fees.street")}
            value={values.streetAddress}
            onChange={set("streetAddress")}
            autoComplete="street-address"
            maxLength={200}
            required
            error={fieldError("fee-streetAddress")}
          />
          <TextField
            id="fee-postalCode"
            label={pt("fees.postalCode")}
            value={values.postalCode}
            onChange={set("postalCode")}
            autoComplete="postal-code"
            inputMode="numeric"
            maxLength={20}
            required
            error={fieldError("fee-postalCode")}
          />
          <TextField
            id="fee-city"
            label={pt("fees.city")}
            value={values.city}
            onChange={set("city")}
            autoComplete="address-level2"
            maxLength={100}
            required
            error={fieldError("fee-city")}
          />
          <TextField
            id="fee-iban"
            label={pt("fees.iban")}
            hint={pt("fees.ibanHint")}
            value={values.iban}
            onChange={set("iban")}
            maxLength={42}
            spellCheck={false}
            required
            error={fieldError("fee-iban")}
          />
          <TextField
            id="fee-bic"
            label={pt("fees.bic")}
            hint={pt("fees.bicHint")}
            value={values.bic}
            onChange={set("bic")}
            maxLength={11}
            spellCheck={false}
            error={fieldError("fee-bic")}
          />
          <TextField
            id="fee-personalIdentityCode"
            label={pt("fees.hetu")}
            hint={pt("fees.hetuHint")}
            value={values.personalIdentityCode}
            onChange={set("personalIdentityCode")}
            autoComplete="off"
            maxLength={11}
            spellCheck={false}
            required
            error={fieldError("fee-personalIdentityCode")}
          />
          <fieldset className="field" id="fee-kind" tabIndex={-1}>
            <legend>{pt("fees.tax")}</legend>
            {(["tax_card", "prepayment_register", "none"] as const).map((k) => (
              <label key={k} className="choice">
                <input
                  type="radio"
                  name="fee-tax"
                  value={k}
                  checked={taxKind === k}
                  onChange={() => setTaxKind(k)}
                />{" "}
                {pt(`fees.taxKinds.${k}`)}
              </label>
            ))}
          </fieldset>
          {taxKind === "tax_card" ? (
            <>
              <TextField
                id="fee-ratePercent"
                label={pt("fees.rate")}
                value={rate}
                onChange={setRate}
                inputMode="numeric"
                maxLength={6}
                required
                error={fieldError("fee-ratePercent")}
              />
              <TextField
                id="fee-additionalRatePercent"
                label={pt("fees.additionalRate")}
                value={additional}
                onChange={setAdditional}
                inputMode="numeric"
                maxLength={6}
                required
                error={fieldError("fee-additionalRatePercent")}
              />
              <TextField
                id="fee-incomeLimitCents"
                label={pt("fees.incomeLimit")}
                value={limit}
                onChange={setLimit}
                inputMode="numeric"
                maxLength={12}
                required
                error={fieldError("fee-incomeLimitCents")}
              />
            </>
          ) : null}
          {f.giftCardOffered ? (
            <div className="field">
              <label>
                <input
                  id="fee-giftCard"
                  type="checkbox"
                  checked={giftCard}
                  onChange={(e) => setGiftCard(e.target.checked)}
                />{" "}
                {pt("fees.giftCard")}
              </label>
            </div>
          ) : null}
          <button type="submit" disabled={give.isPending}>
            {pt("fees.submit")}
          </button>
        </form>
      )}
    </section>
  );
}
