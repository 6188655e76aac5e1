import { useLocation, useParams, useSearchParams } from "react-router";
import { useOrg } from "../../api/hooks.js";
import { lazyNamed, PageSuspense } from "../../components/lazy.js";

// The kiosk's code arrives when a kiosk is opened; this route itself is small and shared.
const KioskPage = lazyNamed(() => import("./KioskPage.js"), "KioskPage");

/** Inactivity after which a kiosk clears for the next person, in seconds (`?idle=` for tests). */
export const KIOSK_IDLE_SECONDS = 90;

/**
 * `/:slug/c/:publicId/kiosk#<token>`: a conversation on a tablet at an event. The token is in
 * the fragment, so that it is never sent to the server in the address or a Referer.
 */
export function KioskRoute() {
  const { slug = "", publicId = "" } = useParams();
  const { hash } = useLocation();
  const [search] = useSearchParams();
  const idle = Number(search.get("idle"));
  const org = useOrg(slug);
  return (
    <PageSuspense>
      <KioskPage
        publicId={publicId}
        token={hash.replace(/^#/, "")}
        invitation={search.get("t") ?? undefined}
        org={org.data}
        idleSeconds={Number.isFinite(idle) && idle >= 2 ? idle : KIOSK_IDLE_SECONDS}
      />
    </PageSuspense>
  );
}
