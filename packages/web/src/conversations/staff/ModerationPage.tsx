import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useEffect, useRef, useState } from "react";
import { SelectField, Status } from "../../components/form.js";
import { ModalDialog } from "../../components/ModalDialog.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { localized, otherLanguage } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import {
  type ModerationAction,
  STATEMENT_FLAGS,
  STATEMENT_STATUSES,
  type StaffStatement,
  type StatementFlag,
  type StatementStatus,
} from "../types.js";
import { staffEndpoints } from "./api.js";
import { TextArea } from "./fields.js";
import { ConversationNav, staffKeys, useStaffConversation } from "./shared.js";
import { move, SHORTCUTS, shortcutFor } from "./shortcuts.js";

type Dialog =
  | { kind: "reject"; tids: number[] }
  | { kind: "edit"; statement: StaffStatement }
  | null;

/** The moderation queue, for those who may moderate; others are told so and see no actions. */
export function ModerationPage() {
  const { ct } = useCt();
  const { membership } = useStaffContext();
  const { id } = useStaffConversation();
  if (!can(membership, "conversation.moderate")) {
    return (
      <div>
        <ConversationNav id={id} current="moderation" />
        <h1 tabIndex={-1}>{ct("staff.moderation.title")}</h1>
        <p className="notice">{ct("staff.moderation.notAllowed")}</p>
      </div>
    );
  }
  return <ModerationQueue />;
}

function ModerationQueue() {
  const { ct, t, language } = useCt();
  const { org, id, query: conversation } = useStaffConversation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StatementStatus | "all">("pending");
  const [flag, setFlag] = useState<StatementFlag | "any" | "">("");
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [current, setCurrent] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState("");
  const [editText, setEditText] = useState("");
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const itemRefs = useRef(new Map<number, HTMLInputElement>());
  useDocumentTitle(ct("staff.moderation.title"));

  const filterKey = `${status}|${flag}`;
  const list = useQuery({
    queryKey: staffKeys.statements(org.slug, id, filterKey),
    queryFn: () =>
      staffEndpoints.statements(org.slug, id, {
        status: status === "all" ? undefined : status,
        flag: flag && flag !== "any" ? flag : undefined,
        flagged: flag === "any" ? true : undefined,
      }),
  });
  const statements = list.data?.statements ?? [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the top
  useEffect(() => {
    setSelected(new Set());
    setCurrent(0);
  }, [filterKey]);

  // After a keyboard action removes the current statement from the list, focus goes to the
  // statement now at its place (not lost to the page).
  const refocus = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the list changes
  useEffect(() => {
    const index = refocus.current;
    if (index === null || !list.data) return;
    refocus.current = null;
    const s = statements[Math.min(index, statements.length - 1)];
    if (s) {
      setCurrent(Math.min(index, statements.length - 1));
      itemRefs.current.get(s.tid)?.focus();
    } else {
      document.querySelector<HTMLElement>("#main h1")?.focus();
    }
  }, [list.data]);

  const focusItem = useCallback(
    (index: number) => {
      const s = statements[index];
      if (!s) return;
      setCurrent(index);
      itemRefs.current.get(s.tid)?.focus();
    },
    [statements],
  );

  const moderate = useMutation({
    mutationFn: (change: { tids: number[]; action: ModerationAction; reason?: string }) =>
      staffEndpoints.moderate(org.slug, id, change),
  });
  const edit = useMutation({
    mutationFn: ({ tid, text }: { tid: number; text: string }) =>
      staffEndpoints.edit(org.slug, id, tid, text),
  });
  const { mutateAsync: moderateAsync } = moderate;

  const act = useCallback(
    async (tids: number[], action: ModerationAction, why?: string) => {
      if (tids.length === 0) return false;
      setError(null);
      try {
        await moderateAsync({ tids, action, ...(why ? { reason: why } : {}) });
        setMessage(ct(`staff.moderation.done.${action}`, { count: tids.length }));
        setSelected((s) => new Set([...s].filter((tid) => !tids.includes(tid))));
        await queryClient.invalidateQueries({ queryKey: ["conversations", org.slug, id] });
        return true;
      } catch (e) {
        setError(errorMessage(e, t));
        return false;
      }
    },
    [org.slug, id, ct, t, queryClient, moderateAsync],
  );

  const openReject = useCallback((tids: number[]) => {
    setReason("");
    setDialogError(null);
    setDialog({ kind: "reject", tids });
  }, []);
  const openEdit = useCallback((statement: StaffStatement) => {
    setEditText(statement.text);
    setDialogError(null);
    setDialog({ kind: "edit", statement });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          target: event.target as HTMLElement | null,
        },
        { dialogOpen: dialog !== null },
      );
      if (!action || statements.length === 0) return;
      event.preventDefault();
      const index = Math.min(Math.max(current, 0), statements.length - 1);
      const s = statements[index]!;
      if (action === "next") focusItem(move(index, 1, statements.length));
      else if (action === "previous") focusItem(move(index, -1, statements.length));
      else if (action === "select")
        setSelected((sel) => {
          const next = new Set(sel);
          if (next.has(s.tid)) next.delete(s.tid);
          else next.add(s.tid);
          return next;
        });
      else if (action === "approve") {
        refocus.current = index;
        void act([s.tid], "approve");
      } else if (action === "reject") {
        refocus.current = index;
        openReject([s.tid]);
      } else if (action === "meta") {
        refocus.current = index;
        void act([s.tid], s.isMeta ? "unmeta" : "meta");
      } else if (action === "edit") openEdit(s);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [statements, current, dialog, act, focusItem, openReject, openEdit]);

  const cancelReject = () => {
    refocus.current = null;
    setDialog(null);
  };

  const submitReject = async (event: FormEvent) => {
    event.preventDefault();
    if (dialog?.kind !== "reject") return;
    if (!reason.trim()) {
      setDialogError(ct("staff.moderation.reasonRequired"));
      return;
    }
    if (await act(dialog.tids, "reject", reason.trim())) setDialog(null);
  };

  const submitEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (dialog?.kind !== "edit") return;
    if (!editText.trim()) {
      setDialogError(ct("staff.moderation.textRequired"));
      return;
    }
    try {
      await edit.mutateAsync({ tid: dialog.statement.tid, text: editText.trim() });
      setMessage(ct("staff.moderation.done.edit"));
      setDialog(null);
      await queryClient.invalidateQueries({ queryKey: ["conversations", org.slug, id] });
    } catch (e) {
      setDialogError(errorMessage(e, t));
    }
  };

  const toggle = (tid: number, on: boolean) =>
    setSelected((sel) => {
      const next = new Set(sel);
      if (on) next.add(tid);
      else next.delete(tid);
      return next;
    });
  const allSelected = statements.length > 0 && statements.every((s) => selected.has(s.tid));
  const chosen = [...selected];

  return (
    <div>
      <ConversationNav id={id} current="moderation" />
      <h1 tabIndex={-1}>{ct("staff.moderation.title")}</h1>
      {conversation.data ? (
        <p className="lead">{localized(conversation.data.title, language)}</p>
      ) : null}

      <details className="conv-shortcuts">
        <summary>{ct("staff.moderation.shortcutsTitle")}</summary>
        <p>{ct("staff.moderation.shortcutsHelp")}</p>
        <dl className="conv-facts">
          {Object.entries(SHORTCUTS).map(([key, action]) => (
            <div key={key} className="conv-facts__row">
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{ct(`staff.moderation.shortcut.${action}`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div className="form form--inline conv-filters">
        <SelectField
          id="mod-status"
          label={ct("staff.moderation.filterStatus")}
          value={status}
          onChange={(v) => setStatus(v as StatementStatus | "all")}
          options={[
            ...STATEMENT_STATUSES.map((s) => ({ value: s, label: ct(`staff.status.${s}`) })),
            { value: "all", label: ct("staff.moderation.all") },
          ]}
        />
        <SelectField
          id="mod-flag"
          label={ct("staff.moderation.filterFlag")}
          value={flag}
          onChange={(v) => setFlag(v as StatementFlag | "any" | "")}
          options={[
            { value: "", label: ct("staff.moderation.anyOrNone") },
            { value: "any", label: ct("staff.moderation.flaggedOnly") },
            ...STATEMENT_FLAGS.map((f) => ({ value: f, label: ct(`staff.flag.${f}`) })),
          ]}
        />
      </div>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      {message ? <p className="conv-flash">{message}</p> : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}

      {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-like row of controls, not a form section */}
      <div className="conv-bulk" role="group" aria-label={ct("staff.moderation.bulkLabel")}>
        <div className="checkbox">
          <input
            id="mod-all"
            type="checkbox"
            checked={allSelected}
            onChange={(e) =>
              setSelected(e.target.checked ? new Set(statements.map((s) => s.tid)) : new Set())
            }
          />
          <label htmlFor="mod-all">{ct("staff.moderation.selectAll")}</label>
        </div>
        <span className="conv-bulk__count">
          {ct("staff.moderation.selected", { count: chosen.length })}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={chosen.length === 0}
          onClick={() => void act(chosen, "approve")}
        >
          {ct("staff.moderation.approveSelected")}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={chosen.length === 0}
          onClick={() => openReject(chosen)}
        >
          {ct("staff.moderation.rejectSelected")}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={chosen.length === 0}
          onClick={() => void act(chosen, "meta")}
        >
          {ct("staff.moderation.metaSelected")}
        </button>
      </div>

      {list.isPending ? <Status>{t("common.loading")}</Status> : null}
      {list.error ? <p className="notice notice--error">{errorMessage(list.error, t)}</p> : null}
      {list.data && statements.length === 0 ? (
        <p className="empty-state">{ct("staff.moderation.empty")}</p>
      ) : null}
      <ul className="conv-queue">
        {statements.map((s, index) => (
          <li
            key={s.tid}
            className={
              index === current ? "conv-queue__item conv-queue__item--current" : "conv-queue__item"
            }
          >
            <div className="checkbox">
              <input
                id={`mod-${s.tid}`}
                type="checkbox"
                ref={(el) => {
                  if (el) itemRefs.current.set(s.tid, el);
                  else itemRefs.current.delete(s.tid);
                }}
                checked={selected.has(s.tid)}
                onChange={(e) => toggle(s.tid, e.target.checked)}
                onFocus={() => setCurrent(index)}
                aria-labelledby={`mod-${s.tid}-text`}
                aria-keyshortcuts="J K X A R M E"
                aria-describedby={`mod-${s.tid}-meta`}
              />
              <p
                id={`mod-${s.tid}-text`}
                className="conv-queue__text"
                lang={otherLanguage(s.language, language)}
              >
                {s.text}
              </p>
            </div>
            <p id={`mod-${s.tid}-meta`} className="conv-queue__meta">
              <span className={`conv-badge conv-badge--${s.status}`}>
                {ct(`staff.status.${s.status}`)}
              </span>
              {s.flags.map((f) => (
                <span key={f} className="conv-badge conv-badge--flag">
                  {ct("staff.moderation.flagBadge", { flag: ct(`staff.flag.${f}`) })}
                </span>
              ))}
              {s.isMeta ? <span className="conv-badge">{ct("staff.moderation.meta")}</span> : null}
              {s.isSeed ? <span className="conv-badge">{ct("staff.moderation.seed")}</span> : null}
              {otherLanguage(s.language, language) ? (
                <span className="conv-badge">
                  {ct(`translate.language.${otherLanguage(s.language, language)!}`)}
                </span>
              ) : null}
              <span className="muted"> #{s.tid}</span>
            </p>
            {s.originalText ? (
              <p className="conv-queue__original">
                {ct("staff.moderation.original")} <q>{s.originalText}</q>
              </p>
            ) : null}
            {s.rejectReason ? (
              <p className="conv-queue__original">
                {ct("staff.moderation.reason")} {s.rejectReason}
              </p>
            ) : null}
            <div className="button-row">
              {s.status !== "approved" ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void act([s.tid], "approve")}
                >
                  {ct("staff.moderation.approve")}
                  <span className="visually-hidden">: {s.text}</span>
                </button>
              ) : null}
              {s.status !== "rejected" ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => openReject([s.tid])}
                >
                  {ct("staff.moderation.reject")}
                  <span className="visually-hidden">: {s.text}</span>
                </button>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => void act([s.tid], s.isMeta ? "unmeta" : "meta")}
              >
                {s.isMeta ? ct("staff.moderation.unmeta") : ct("staff.moderation.markMeta")}
                <span className="visually-hidden">: {s.text}</span>
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => openEdit(s)}
              >
                {ct("staff.moderation.edit")}
                <span className="visually-hidden">: {s.text}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>

      <ModalDialog
        isOpen={dialog?.kind === "reject"}
        onClose={cancelReject}
        title={ct("staff.moderation.rejectTitle", {
          count: dialog?.kind === "reject" ? dialog.tids.length : 0,
        })}
      >
        <form noValidate onSubmit={(e) => void submitReject(e)}>
          <TextArea
            id="mod-reason"
            label={ct("staff.moderation.reasonLabel")}
            hint={ct("staff.moderation.reasonHint")}
            value={reason}
            onChange={setReason}
            error={dialogError ?? undefined}
            rows={3}
          />
          <div className="button-row">
            <button type="submit" className="button button--danger">
              {ct("staff.moderation.reject")}
            </button>
            <button type="button" className="button button--secondary" onClick={cancelReject}>
              {ct("staff.moderation.cancel")}
            </button>
          </div>
        </form>
      </ModalDialog>

      <ModalDialog
        isOpen={dialog?.kind === "edit"}
        onClose={() => setDialog(null)}
        title={ct("staff.moderation.editTitle")}
      >
        <form noValidate onSubmit={(e) => void submitEdit(e)}>
          {dialog?.kind === "edit" ? (
            <p>
              {ct("staff.moderation.original")}{" "}
              <q>{dialog.statement.originalText ?? dialog.statement.text}</q>
            </p>
          ) : null}
          <TextArea
            id="mod-edit"
            label={ct("staff.moderation.editLabel")}
            hint={ct("staff.moderation.editHint")}
            value={editText}
            onChange={setEditText}
            error={dialogError ?? undefined}
            rows={4}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {ct("staff.moderation.saveEdit")}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDialog(null)}
            >
              {ct("staff.moderation.cancel")}
            </button>
          </div>
        </form>
      </ModalDialog>
    </div>
  );
}
