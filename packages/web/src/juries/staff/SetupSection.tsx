import { useState } from "react";
import { type Jury, juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";
import { JurySetupForm } from "./JurySetupForm.js";

/**
 * Editing a jury's set-up after creation (jury.manage, until it has finished). The form opens on
 * demand, so that the page stays short and its fields do not repeat the others' labels.
 */
export function SetupSection(props: { slug: string; jury: Jury; onSaved: () => unknown }) {
  const { jt } = useJt();
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="jury-setup">
      <h2 id="jury-setup">{jt("staff.setup")}</h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="jury-setup-form"
        onClick={() => setOpen(!open)}
      >
        {jt("staff.editSetup")}
      </button>
      <div id="jury-setup-form">
        {open ? (
          <JurySetupForm
            jury={props.jury}
            idPrefix="jury-edit"
            heading={jt("staff.editSetup")}
            headingLevel={3}
            submitLabel={jt("staff.saveSetup")}
            savedText={jt("staff.setupSaved")}
            save={(input) => juryStaffEndpoints.update(props.slug, props.jury.id, input)}
            onSaved={props.onSaved}
          />
        ) : null}
      </div>
    </section>
  );
}
