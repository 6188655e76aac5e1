import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { saveFile } from "../../lib/saveFile.js";
import { feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";

const FIELDS = ["name", "phone", "email"] as const;

/**
 * The Incomes Register's XML delivery of a paid batch, for the register's file upload: the
 * contact person it names (the signed-in person by default) and whether it is for the register's
 * test service.
 */
export function IncomesRegisterXmlForm(props: { slug: string; panelId: string; batchId: string }) {
  const { pt } = usePt();
  const { me } = useStaffContext();
  const id = (field: string) => `ir-${props.batchId}-${field}`;
  const [name, setName] = useState(me.user.displayName || "");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState(me.user.email);
  const [test, setTest] = useState(false);
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors((path) => {
    const field = FIELDS.find((f) => path.replace(/^body\./, "") === `contact.${f}`);
    return field ? id(field) : undefined;
  });
  const make = useMutation({
    mutationFn: () =>
      feeStaffEndpoints.incomesRegisterXml(props.slug, props.panelId, props.batchId, {
        contact: { name, phone, ...(email.trim() ? { email: email.trim() } : {}) },
        environment: test ? "test" : "production",
      }),
    onSuccess: (xml) => {
      clear();
      const fileName = `tulorekisteri-${props.batchId}${test ? "-testi" : ""}.xml`;
      saveFile(new Blob([String(xml)], { type: "application/xml" }), fileName);
      setDone(pt("feesStaff.irXmlDone", { file: fileName }));
    },
    onError: failWith,
  });
  return (
    <form
      noValidate
      aria-labelledby={id("heading")}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        setDone("");
        make.mutate();
      }}
    >
      <h4 id={id("heading")}>{pt("feesStaff.irXmlTitle")}</h4>
      <p className="field__hint">{pt("feesStaff.irXmlIntro")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id={id("name")}
        label={pt("feesStaff.irContactName")}
        value={name}
        onChange={setName}
        autoComplete="name"
        maxLength={200}
        required
        error={fieldError(id("name"))}
      />
      <TextField
        id={id("phone")}
        label={pt("feesStaff.irContactPhone")}
        type="tel"
        inputMode="tel"
        value={phone}
        onChange={setPhone}
        autoComplete="tel"
        maxLength={40}
        required
        error={fieldError(id("phone"))}
      />
      <TextField
        id={id("email")}
        label={pt("feesStaff.irContactEmail")}
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="email"
        maxLength={70}
        error={fieldError(id("email"))}
      />
      <div className="field">
        <label>
          <input type="checkbox" checked={test} onChange={(e) => setTest(e.target.checked)} />{" "}
          {pt("feesStaff.irTestService")}
        </label>
      </div>
      <button type="submit" className="button button--quiet" disabled={make.isPending}>
        {pt("feesStaff.irXmlDownload")}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}
