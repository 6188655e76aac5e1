import {
  type ComponentType,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from "react";
import { useTranslation } from "react-i18next";
import { Status } from "./form.js";

/**
 * A page whose code is loaded when it is first shown (its own chunk), from a module's named
 * export: `lazyNamed(() => import("./pages/AuditPage.js"), "AuditPage")`.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy takes components of any props
type AnyComponent = ComponentType<any>;

export function lazyNamed<M extends Record<K, AnyComponent>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

/** Where a lazy page appears: "Loading…" (a status message) until its code has arrived. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<Status>{t("common.loading")}</Status>}>{children}</Suspense>;
}
