import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Status } from "../components/form.js";
import { ModalDialog } from "../components/ModalDialog.js";
import { errorMessage } from "../lib/errors.js";
import { formatDate } from "../lib/format.js";
import { saveFile } from "../lib/saveFile.js";
import { type MyData, poolEndpoints } from "./api.js";
import { CorrectionForm } from "./CorrectionForm.js";
import { PURPOSES } from "./draft.js";
import { usePt } from "./i18n/index.js";
import { MyPartners } from "./MyPartners.js";

/** Everything stored about the member, the downloads, corrections, consents and leaving. */
export function MyDataView({
  slug,
  session,
  onEnd,
}: {
  slug: string;
  session: string;
  onEnd: () => void;
}) {
  const { pt, t, language } = usePt();
  const client = useQueryClient();
  const key = ["pool-me", slug, session];
  const me = useQuery({
    queryKey: key,
    queryFn: () => poolEndpoints.me(slug, session),
    retry: false,
  });
  const [leaving, setLeaving] = useState(false);
  const withdraw = useMutation({
    mutationFn: (purpose: (typeof PURPOSES)[number]) =>
      poolEndpoints.withdraw(slug, session, { purpose }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const leave = useMutation({ mutationFn: () => poolEndpoints.leave(slug, session) });
  const download = async (format: "json" | "csv") => {
    saveFile(await poolEndpoints.download(slug, session, format), `omat-tiedot.${format}`);
  };

  if (leave.isSuccess) return <Status>{pt("me.left")}</Status>;
  if (me.isPending) return <Status>{t("common.loading")}</Status>;
  if (me.error) {
    return (
      <>
        <p className="notice notice--error" role="alert">
          {errorMessage(me.error, t)}
        </p>
        <button type="button" className="button" onClick={onEnd}>
          {pt("me.newLink")}
        </button>
      </>
    );
  }
  const m: MyData["member"] = me.data.member;
  const rows: [string, string][] = [
    [pt("form.email"), m.email ?? "–"],
    [pt("form.phone"), m.phone ?? "–"],
    [pt("form.municipality"), m.municipality],
    [pt("form.birthYear"), String(m.birthYear)],
    [pt("form.gender"), pt(`gender.${m.gender}`)],
    [pt("form.motherTongue"), pt(`tongue.${m.motherTongue}`)],
    ...Object.entries(m.answers).map(([k, v]): [string, string] => [k, v]),
    [pt("form.interests"), m.interests.join(", ") || "–"],
    [pt("form.channels"), m.channels.map((c) => pt(`channel.${c}`)).join(", ") || "–"],
    [pt("me.joined"), formatDate(m.createdAt, language)],
  ];
  const open = new Set(me.data.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose));
  return (
    <>
      <h2>{pt("me.stored")}</h2>
      <dl className="pool-data">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="pool-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void download("json")}
        >
          {pt("me.downloadJson")}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void download("csv")}>
          {pt("me.downloadCsv")}
        </button>
      </div>
      <CorrectionForm
        slug={slug}
        session={session}
        member={m}
        onSaved={() => client.invalidateQueries({ queryKey: key })}
      />
      <h2>{pt("me.consents")}</h2>
      {withdraw.error ? (
        <p className="notice notice--error">{errorMessage(withdraw.error, t)}</p>
      ) : null}
      <ul className="pool-consents">
        {me.data.consents.map((c) => (
          <li key={c.id}>
            {pt(`purpose.${c.purpose}`)} · {pt(`channel.${c.channel}`)} ·{" "}
            {pt("me.given", { date: formatDate(c.givenAt, language), version: c.textVersion })}
            {c.withdrawnAt
              ? ` · ${pt("me.withdrawnAt", { date: formatDate(c.withdrawnAt, language) })}`
              : ""}
          </li>
        ))}
      </ul>
      <div className="pool-actions">
        {PURPOSES.filter((p) => open.has(p)).map((p) => (
          <button
            key={p}
            type="button"
            className="button button--quiet"
            onClick={() => withdraw.mutate(p)}
          >
            {pt("me.withdraw", { purpose: pt(`purpose.${p}`) })}
          </button>
        ))}
      </div>
      <MyPartners
        slug={slug}
        session={session}
        data={me.data}
        onSaved={(data) => client.setQueryData(key, data)}
      />
      <h2>{pt("me.leaveTitle")}</h2>
      <p>{pt("me.leaveIntro")}</p>
      <button type="button" className="button button--danger" onClick={() => setLeaving(true)}>
        {pt("me.leave")}
      </button>
      <ModalDialog
        isOpen={leaving}
        onClose={() => setLeaving(false)}
        title={pt("me.leaveConfirmTitle")}
        role="alertdialog"
      >
        <p>{pt("me.leaveConfirm")}</p>
        <div className="pool-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setLeaving(false);
              leave.mutate();
            }}
          >
            {pt("me.leaveYes")}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setLeaving(false)}>
            {t("common.cancel")}
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
