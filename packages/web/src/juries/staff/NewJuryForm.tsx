import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";
import { JurySetupForm } from "./JurySetupForm.js";

/** Setting up a new jury (a draft); on success, its page. */
export function NewJuryForm() {
  const { jt } = useJt();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <JurySetupForm
      idPrefix="jury"
      heading={jt("staff.new")}
      submitLabel={jt("staff.create")}
      save={(input) => juryStaffEndpoints.create(org.slug, input)}
      onSaved={async (jury) => {
        await client.invalidateQueries({ queryKey: ["juries", org.slug] });
        navigate(jury.id);
      }}
    />
  );
}
