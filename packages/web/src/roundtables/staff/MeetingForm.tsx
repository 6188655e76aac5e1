import { type FormEvent, useState } from "react";
import { ErrorSummary, TextField } from "../../components/form.js";
import { ROLES, type RoleCounts, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import { TextArea } from "./TextArea.js";
import { useWrite } from "./useWrite.js";

const none = (): RoleCounts =>
  Object.fromEntries(ROLES.map((r) => [r, 0])) as unknown as RoleCounts;

/** Recording a meeting: date, place or online, participants by role (counts), notes. */
export function MeetingForm({ slug, id }: { slug: string; id: string }) {
  const { rt } = useRt();
  const [heldOn, setHeldOn] = useState("");
  const [place, setPlace] = useState("");
  const [online, setOnline] = useState(false);
  const [notes, setNotes] = useState("");
  const [counts, setCounts] = useState<RoleCounts>(none);
  const write = useWrite(
    slug,
    id,
    "meeting",
    () =>
      roundTableStaffEndpoints.addMeeting(slug, id, {
        heldOn,
        place,
        online,
        notes,
        participants: counts,
      }),
    () => {
      setHeldOn("");
      setPlace("");
      setOnline(false);
      setNotes("");
      setCounts(none());
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutation.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="meeting-new-heading">
      <h3 id="meeting-new-heading">{rt("staff.addMeeting")}</h3>
      <ErrorSummary errors={write.errors} attempt={write.attempt} />
      <div className={write.fieldError("meeting-heldOn") ? "field field--invalid" : "field"}>
        <label htmlFor="meeting-heldOn">{rt("staff.heldOn")}</label>
        <input
          id="meeting-heldOn"
          type="date"
          value={heldOn}
          required
          aria-invalid={write.fieldError("meeting-heldOn") ? true : undefined}
          onChange={(e) => setHeldOn(e.target.value)}
        />
      </div>
      <TextField
        id="meeting-place"
        label={rt("staff.place")}
        value={place}
        onChange={setPlace}
        error={write.fieldError("meeting-place")}
        maxLength={300}
      />
      <div className="field">
        <label>
          <input type="checkbox" checked={online} onChange={(e) => setOnline(e.target.checked)} />{" "}
          {rt("staff.online")}
        </label>
      </div>
      <fieldset>
        <legend>{rt("staff.participants")}</legend>
        {ROLES.map((role) => (
          <div className="field" key={role}>
            <label htmlFor={`meeting-role-${role}`}>{rt(`roles.${role}`)}</label>
            <input
              id={`meeting-role-${role}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={100000}
              value={counts[role]}
              onChange={(e) =>
                setCounts({ ...counts, [role]: Math.max(0, Number(e.target.value) || 0) })
              }
            />
          </div>
        ))}
      </fieldset>
      <TextArea
        id="meeting-notes"
        label={rt("staff.notes")}
        value={notes}
        onChange={setNotes}
        error={write.fieldError("meeting-notes")}
        maxLength={20000}
      />
      <button type="submit" disabled={write.mutation.isPending}>
        {rt("staff.save")}
      </button>
    </form>
  );
}
