import { ROLES, type RoleCounts } from "./api.js";
import { useRt } from "./i18n/index.js";

/** Participants by role as a table (counts only, no names). */
export function RoleTable({ counts, caption }: { counts: RoleCounts; caption: string }) {
  const { rt } = useRt();
  const total = ROLES.reduce((sum, r) => sum + counts[r], 0);
  return (
    <table className="roundtable-roles">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rt("public.role")}</th>
          <th scope="col">{rt("public.count")}</th>
        </tr>
      </thead>
      <tbody>
        {ROLES.filter((r) => counts[r] > 0).map((r) => (
          <tr key={r}>
            <th scope="row">{rt(`roles.${r}`)}</th>
            <td>{counts[r]}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{rt("public.total")}</th>
          <td>{total}</td>
        </tr>
      </tbody>
    </table>
  );
}
