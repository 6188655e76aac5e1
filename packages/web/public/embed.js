/*
 * Kuulo conversation embed. On the county's own page:
 *
 *   <div data-kuulo-conversation="https://kuulo.example/slug/c/publicId" data-xid="optional"></div>
 *   <script src="https://kuulo.example/embed.js" async></script>
 *
 * Each placeholder becomes an iframe to the conversation's page in embed mode. The page sends
 * its height with postMessage; only messages from the iframe's own origin and window resize it.
 * Optional attributes: data-xid (the site's own participant id, signed by the site's server
 * with the conversation's embed secret as <xid>.<expires>.<signature>: see the embed docs in
 * packages/web/src/conversations/README.md; an unsigned id is refused), data-lang (fi, sv or en;
 * else the host page's <html lang> when it is one of them), data-title (the iframe's title).
 * Licence: EUPL-1.2.
 */
(() => {
  const LANGS = ["fi", "sv", "en"];
  const TITLES = {
    fi: "Kuulo-keskustelu",
    sv: "Kuulo-diskussion",
    en: "Kuulo conversation",
  };
  const frames = [];

  function pick(lang) {
    const l = String(lang || "")
      .toLowerCase()
      .slice(0, 2);
    return LANGS.indexOf(l) >= 0 ? l : "";
  }

  function mount(el) {
    if (el.getAttribute("data-kuulo-mounted") === "1") return;
    const raw = el.getAttribute("data-kuulo-conversation");
    if (!raw) return;
    let url;
    try {
      url = new URL(raw, document.baseURI);
    } catch (_e) {
      return;
    }
    if (!/^\/[a-z0-9-]+\/c\/[a-z0-9]+\/?$/i.test(url.pathname)) return;
    if (url.protocol !== "https:" && url.protocol !== "http:") return;
    el.setAttribute("data-kuulo-mounted", "1");
    url.searchParams.set("embed", "1");
    const xid = el.getAttribute("data-xid");
    if (xid) url.searchParams.set("xid", xid);
    const lang = pick(el.getAttribute("data-lang")) || pick(document.documentElement.lang);
    if (lang) url.searchParams.set("lang", lang);
    const iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = el.getAttribute("data-title") || TITLES[lang || "fi"];
    if (lang) iframe.setAttribute("lang", lang);
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("allow", "clipboard-write");
    iframe.style.width = "100%";
    iframe.style.minHeight = "24rem";
    iframe.style.height = "40rem";
    iframe.style.border = "0";
    iframe.style.display = "block";
    el.appendChild(iframe);
    frames.push({ iframe: iframe, origin: url.origin });
  }

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (data?.type !== "kuulo:height" || typeof data.height !== "number") return;
    for (const f of frames) {
      if (event.origin === f.origin && event.source === f.iframe.contentWindow) {
        const h = Math.max(200, Math.min(20000, Math.ceil(data.height)));
        f.iframe.style.height = `${h}px`;
      }
    }
  });

  function mountAll() {
    const list = document.querySelectorAll("[data-kuulo-conversation]");
    for (const el of list) mount(el);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
