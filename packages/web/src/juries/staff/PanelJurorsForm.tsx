import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, SelectField, Status, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";
import { fieldsUnder } from "./fields.js";

/**
 * Recruitment from a sortition draw: the confirmed panelists of one of the organization's panels
 * become jurors (those already taken are kept). Shown to managers who may also see panels.
 */
export function PanelJurorsForm(props: { juryId: string; onChanged: () => unknown }) {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const panels = useQuery({
    queryKey: ["panels", org.slug],
    queryFn: () => juryStaffEndpoints.panels(org.slug),
  });
  const drawn = (panels.data?.panels ?? []).filter((p) => p.status !== "draft");
  const [panelId, setPanelId] = useState("");
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors(fieldsUnder("frompanel"));
  const take = useMutation({
    mutationFn: () => juryStaffEndpoints.fromPanel(org.slug, props.juryId, panelId || drawn[0]!.id),
    onSuccess: async (result) => {
      clear();
      setDone(jt("staff.panelistsTaken", result));
      await props.onChanged();
    },
    onError: (error) => {
      setDone("");
      failWith(error);
    },
  });
  if (drawn.length === 0) return null;
  return (
    <form
      noValidate
      aria-labelledby="frompanel-heading"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        take.mutate();
      }}
    >
      <h3 id="frompanel-heading">{jt("staff.fromPanel")}</h3>
      <p>{jt("staff.fromPanelHint")}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <SelectField
        id="frompanel-panelId"
        label={jt("staff.panel")}
        value={panelId || drawn[0]!.id}
        onChange={setPanelId}
        error={fieldError("frompanel-panelId")}
        options={drawn.map((p) => ({ value: p.id, label: p.title }))}
      />
      <button type="submit" disabled={take.isPending}>
        {jt("staff.takePanelists")}
      </button>
      {done ? <Status>{done}</Status> : null}
    </form>
  );
}
