import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { SelectField, Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type MemberQuery, poolEndpoints, poolStaffEndpoints } from "../api.js";
import { GENDERS } from "../draft.js";
import { usePt } from "../i18n/index.js";
import { usePoolChoice } from "./poolChoice.js";
import { SharedPools } from "./SharedPools.js";

const AGE_BANDS = ["15-29", "30-44", "45-64", "65-79", "80-"] as const;

/** The pool's size, members by status, growth per month, and a search without contact data. */
export function PoolOverview() {
  const { pt, t, language } = usePt();
  const { org, membership } = useStaffContext();
  const pool = usePoolChoice();
  const own = pool === undefined;
  useDocumentTitle(own ? pt("staff.title") : pt("sharing.sharedTitle", { host: pool }));
  const [filters, setFilters] = useState<{ municipality: string; ageBand: string; gender: string }>(
    {
      municipality: "",
      ageBand: "",
      gender: "",
    },
  );
  const query: MemberQuery = {
    ...(filters.municipality ? { municipality: filters.municipality } : {}),
    ...(filters.ageBand ? { ageBand: filters.ageBand as MemberQuery["ageBand"] } : {}),
    ...(filters.gender ? { gender: filters.gender as MemberQuery["gender"] } : {}),
  };
  const summary = useQuery({
    queryKey: ["pool", org.slug, pool, "summary"],
    queryFn: () => poolStaffEndpoints.summary(org.slug, pool),
  });
  const form = useQuery({
    queryKey: ["pool-form", pool ?? org.slug],
    queryFn: () => poolEndpoints.form(pool ?? org.slug),
  });
  const members = useQuery({
    queryKey: ["pool", org.slug, pool, "members", query],
    queryFn: () => poolStaffEndpoints.members(org.slug, query, pool),
  });
  const contacts = useMutation({
    mutationFn: () => poolStaffEndpoints.contacts(org.slug, query, pool),
  });
  const all = pt("staff.all");
  const name = (code: string) => {
    const m = form.data?.municipalities.find((x) => x.code === code);
    return m ? (language === "sv" ? m.name.sv : m.name.fi) : code;
  };
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{own ? pt("staff.title") : pt("sharing.sharedTitle", { host: pool })}</h1>
      {own ? null : (
        <p>
          {pt("sharing.sharedIntro")} <Link to="../..">{pt("sharing.backToOwn")}</Link>
        </p>
      )}
      {own && can(membership, "pool.member.create") ? (
        <p>
          <Link to="new">{pt("staff.enter")}</Link>
        </p>
      ) : null}
      <p>
        <Link to="composition">{pt("composition.title")}</Link>
      </p>
      <p>
        <Link to="draws">{pt("draws.title")}</Link>
      </p>
      {own && can(membership, "pool.recruitment") ? (
        <p>
          <Link to="rounds">{pt("rounds.title")}</Link>
        </p>
      ) : null}
      {own && can(membership, "pool.manage") ? (
        <p>
          <Link to="settings">{pt("settings.title")}</Link>
        </p>
      ) : null}
      {own ? (
        <p>
          <Link to="sharing">{pt("sharing.title")}</Link>
        </p>
      ) : null}
      {own ? <SharedPools /> : null}
      {summary.error ? (
        <p className="notice notice--error">{errorMessage(summary.error, t)}</p>
      ) : null}
      {summary.data ? (
        <>
          <p>{pt("staff.size", { count: summary.data.size })}</p>
          <ul>
            {(["active", "pending", "left"] as const).map((s) => (
              <li key={s}>
                {pt(`status.${s}`)}: {summary.data.byStatus[s]}
              </li>
            ))}
          </ul>
          <h2 id="growth-heading">{pt("staff.growth")}</h2>
          <div className="pool-table-wrap">
            <table aria-labelledby="growth-heading">
              <thead>
                <tr>
                  <th scope="col">{pt("staff.month")}</th>
                  <th scope="col">{pt("staff.joined")}</th>
                  <th scope="col">{pt("staff.leftCount")}</th>
                </tr>
              </thead>
              <tbody>
                {summary.data.growth.map((g) => (
                  <tr key={g.month}>
                    <th scope="row">{g.month}</th>
                    <td>{g.joined}</td>
                    <td>{g.left}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h2>{pt("staff.search")}</h2>
      <SelectField
        id="filter-municipality"
        label={pt("form.municipality")}
        value={filters.municipality}
        onChange={(v) => setFilters({ ...filters, municipality: v })}
        options={[
          { value: "", label: all },
          ...(form.data?.municipalities ?? []).map((m) => ({ value: m.code, label: name(m.code) })),
        ]}
      />
      <SelectField
        id="filter-age"
        label={pt("staff.ageBand")}
        value={filters.ageBand}
        onChange={(v) => setFilters({ ...filters, ageBand: v })}
        options={[{ value: "", label: all }, ...AGE_BANDS.map((b) => ({ value: b, label: b }))]}
      />
      <SelectField
        id="filter-gender"
        label={pt("form.gender")}
        value={filters.gender}
        onChange={(v) => setFilters({ ...filters, gender: v })}
        options={[
          { value: "", label: all },
          ...GENDERS.map((g) => ({ value: g, label: pt(`gender.${g}`) })),
        ]}
      />
      {members.isPending ? <Status>{t("common.loading")}</Status> : null}
      {members.data ? (
        <>
          <Status>{pt("staff.found", { count: members.data.total })}</Status>
          <div className="pool-table-wrap">
            <table>
              <caption className="visually-hidden">{pt("staff.search")}</caption>
              <thead>
                <tr>
                  <th scope="col">{pt("form.municipality")}</th>
                  <th scope="col">{pt("form.birthYear")}</th>
                  <th scope="col">{pt("form.gender")}</th>
                  <th scope="col">{pt("staff.status")}</th>
                  <th scope="col">{pt("staff.source")}</th>
                </tr>
              </thead>
              <tbody>
                {members.data.members.map((m) => (
                  <tr key={m.id}>
                    <td>{name(m.municipality)}</td>
                    <td>{m.birthYear}</td>
                    <td>{pt(`gender.${m.gender}`)}</td>
                    <td>{pt(`status.${m.status}`)}</td>
                    <td>{pt(`source.${m.source}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {can(membership, "pool.contact.read") ? (
        <section aria-labelledby="contacts-heading">
          <h2 id="contacts-heading">{pt("staff.contacts")}</h2>
          <p>{pt("staff.contactsLogged")}</p>
          <button type="button" className="button button--quiet" onClick={() => contacts.mutate()}>
            {pt("staff.showContacts")}
          </button>
          {contacts.data ? (
            <ul>
              {contacts.data.contacts.map((c) => (
                <li key={c.id}>{[c.email, c.phone].filter(Boolean).join(", ")}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
