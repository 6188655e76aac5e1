import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { keys } from "../api/hooks.js";
import { ApiError } from "../api/problem.js";
import { staffApi } from "../api/staff.js";
import { type NewStaffMember, ROLES, type Role, type StaffMember } from "../api/types.js";
import {
  CheckboxGroup,
  ErrorSummary,
  type FormError,
  Status,
  TextField,
  useFormErrors,
} from "../components/form.js";
import { ModalDialog } from "../components/ModalDialog.js";
import { AdminOnly, useStaffContext } from "../components/StaffContext.js";
import { errorMessage } from "../lib/errors.js";
import { formatDateTime } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

function AddMemberForm({ slug, onAdded }: { slug: string; onAdded: (m: StaffMember) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [roles, setRoles] = useState<Role[]>(["viewer"]);
  const add = useMutation({
    mutationFn: (member: NewStaffMember) => staffApi.addStaff(slug, member),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.staff(slug) }),
  });
  const form = useFormErrors((path) => {
    if (path === "email") return "add-email";
    if (path === "displayName") return "add-name";
    if (path === "roles" || path.startsWith("roles.")) return "add-roles";
    return undefined;
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    if (!EMAIL.test(email.trim()))
      errors.push({ field: "add-email", message: t("signIn.emailInvalid") });
    if (!displayName.trim())
      errors.push({ field: "add-name", message: t("users.errors.nameRequired") });
    if (roles.length === 0)
      errors.push({ field: "add-roles", message: t("users.errors.rolesRequired") });
    if (errors.length > 0) {
      form.fail(errors);
      return;
    }
    add.mutate(
      { email: email.trim(), displayName: displayName.trim(), roles },
      {
        onSuccess: (member) => {
          form.clear();
          setEmail("");
          setDisplayName("");
          setRoles(["viewer"]);
          onAdded(member);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === "conflict") {
            form.fail([{ field: "add-email", message: t("users.errors.alreadyMember") }]);
          } else {
            form.failWith(error);
          }
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="add-heading">
      <h2 id="add-heading">{t("users.addTitle")}</h2>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <TextField
        id="add-email"
        label={t("users.email")}
        type="email"
        inputMode="email"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={320}
        value={email}
        onChange={setEmail}
        error={form.fieldError("add-email")}
      />
      <TextField
        id="add-name"
        label={t("users.displayName")}
        required
        maxLength={200}
        value={displayName}
        onChange={setDisplayName}
        error={form.fieldError("add-name")}
      />
      <CheckboxGroup
        id="add-roles"
        legend={t("users.roles")}
        options={roleOptions}
        value={roles}
        onChange={setRoles}
        error={form.fieldError("add-roles")}
      />
      <button type="submit" className="button" disabled={add.isPending}>
        {t("users.add")}
      </button>
    </form>
  );
}

function EditRolesDialog({
  slug,
  member,
  onClose,
  onSaved,
}: {
  slug: string;
  member: StaffMember;
  onClose: () => void;
  onSaved: (m: StaffMember) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const save = useMutation({
    mutationFn: (roles: Role[]) => staffApi.updateStaff(slug, member.id, { roles }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.staff(slug) });
      await queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
  const form = useFormErrors((path) =>
    path === "roles" || path.startsWith("roles.") ? "edit-roles" : undefined,
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (roles.length === 0) {
      form.fail([{ field: "edit-roles", message: t("users.errors.rolesRequired") }]);
      return;
    }
    save.mutate(roles, { onSuccess: onSaved, onError: form.failWith });
  };

  return (
    <ModalDialog
      isOpen
      onClose={onClose}
      title={t("users.editTitle", { name: member.displayName || member.email })}
    >
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <CheckboxGroup
          id="edit-roles"
          legend={t("users.roles")}
          options={roleOptions}
          value={roles}
          onChange={setRoles}
          error={form.fieldError("edit-roles")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {t("users.saveRoles")}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function RemoveDialog({
  slug,
  member,
  onClose,
  onRemoved,
}: {
  slug: string;
  member: StaffMember;
  onClose: () => void;
  onRemoved: (m: StaffMember) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => staffApi.removeStaff(slug, member.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.staff(slug) }),
  });
  const name = member.displayName || member.email;
  const error = remove.error;

  return (
    <ModalDialog
      isOpen
      role="alertdialog"
      onClose={onClose}
      title={t("users.removeTitle", { name })}
    >
      <p>{t("users.removeBody", { name, email: member.email })}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(error, t)}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: () => onRemoved(member) })}
        >
          {t("users.removeConfirm")}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.cancel")}
        </button>
      </div>
    </ModalDialog>
  );
}

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { org, isAdmin, me } = useStaffContext();
  useDocumentTitle(t("users.title"));
  const staff = useQuery({
    queryKey: keys.staff(org.slug),
    queryFn: () => staffApi.staff(org.slug),
    enabled: isAdmin,
  });
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const [message, setMessage] = useState("");

  if (!isAdmin) return <AdminOnly />;
  const list = staff.data?.staff ?? [];

  return (
    <div>
      <h1 tabIndex={-1}>{t("users.title")}</h1>
      <div role="status" className="status">
        {message}
      </div>
      {staff.isPending ? <Status>{t("common.loading")}</Status> : null}
      {staff.error ? <p className="notice notice--error">{errorMessage(staff.error, t)}</p> : null}
      {staff.data ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby="staff-caption" tabIndex={0}>
          <table>
            <caption id="staff-caption">{t("users.caption", { count: list.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("users.displayName")}</th>
                <th scope="col">{t("users.email")}</th>
                <th scope="col">{t("users.roles")}</th>
                <th scope="col">{t("users.addedAt")}</th>
                <th scope="col">{t("users.lastSignInAt")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => {
                const name = m.displayName || m.email;
                return (
                  <tr key={m.id}>
                    <th scope="row">
                      {name}
                      {m.id === me.user.id ? (
                        <span className="muted"> ({t("users.you")})</span>
                      ) : null}
                    </th>
                    <td className="break">{m.email}</td>
                    <td>{m.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(", ")}</td>
                    <td>{formatDateTime(m.addedAt, i18n.language)}</td>
                    <td>
                      {m.lastSignInAt
                        ? formatDateTime(m.lastSignInAt, i18n.language)
                        : t("users.never")}
                    </td>
                    <td>
                      <div className="button-row">
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => setEditing(m)}
                        >
                          {t("users.editRoles")}
                          <span className="visually-hidden">: {name}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => setRemoving(m)}
                        >
                          {t("users.remove")}
                          <span className="visually-hidden">: {name}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
      <AddMemberForm
        slug={org.slug}
        onAdded={(m) => setMessage(t("users.added", { name: m.displayName || m.email }))}
      />
      {editing ? (
        <EditRolesDialog
          slug={org.slug}
          member={editing}
          onClose={() => setEditing(null)}
          onSaved={(m) => {
            setEditing(null);
            setMessage(t("users.rolesSaved", { name: m.displayName || m.email }));
          }}
        />
      ) : null}
      {removing ? (
        <RemoveDialog
          slug={org.slug}
          member={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(m) => {
            setRemoving(null);
            setMessage(t("users.removed", { name: m.displayName || m.email }));
          }}
        />
      ) : null}
    </div>
  );
}
