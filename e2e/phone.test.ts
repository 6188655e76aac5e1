import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const DEMO_CAMPAIGN = "Palvelukokemus puhelimitse – ikääntyneet";

interface Dashboard {
  numbers: number;
  attempted: number;
  answered: number;
  completed: number;
  partial: number;
  optedOut: number;
  failedByReason: Record<string, number>;
}

test.describe("robot phone calls", () => {
  test("staff see the demo campaign's figures, play its prompts and create a campaign; at 360 px and in Swedish", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/staff/phone`);
    await expect(page.getByRole("heading", { level: 1, name: "Robottipuhelut" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    // The demo campaign: finished, its dashboard as the API gives it.
    await page.getByRole("link", { name: DEMO_CAMPAIGN }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_CAMPAIGN })).toBeVisible();
    await expect(page.getByText("Tila: Päättynyt")).toBeVisible();
    const campaignId = new URL(page.url()).pathname.split("/").pop()!;
    const api = `/api/orgs/${DEMO_SLUG}/phone/campaigns/${campaignId}`;
    const d = (await (await page.request.get(`${api}/dashboard`)).json()) as Dashboard;
    expect(d).toMatchObject({ numbers: 60, attempted: 60, optedOut: 6 });
    expect(d.completed).toBeGreaterThan(0);
    expect(d.partial).toBeGreaterThan(0);
    const figures = page.getByRole("region", { name: "Tilanne" });
    const figure = (name: string) =>
      figures.getByRole("row", { name: new RegExp(`^${name} `) }).getByRole("cell");
    await expect(figure("Numeroita")).toHaveText("60");
    await expect(figure("Soittoyrityksiä")).toHaveText("60");
    await expect(figure("Vastattuja puheluita")).toHaveText(String(d.answered));
    await expect(figure("Kaikkiin vastanneita")).toHaveText(String(d.completed));
    await expect(figure("Osittain vastanneita")).toHaveText(String(d.partial));
    await expect(figure("Kieltäytyi puheluista")).toHaveText("6");
    await expect(
      figures.getByRole("heading", { name: "Epäonnistuneet syyn mukaan" }),
    ).toBeVisible();
    await expect(figures.getByText(`varattu: ${d.failedByReason.busy}`)).toBeVisible();

    // The prompts: rendered by the phone worker (eSpeak NG) after the demo was seeded.
    const prompts = page.getByRole("region", { name: "Puhelun tekstit" });
    await expect(prompts.getByText("Äänitteitä tehty 12 / 12")).toBeVisible({ timeout: 120_000 });
    const player = prompts.locator("audio").first();
    await expect(player).toBeVisible();
    const src = await player.getAttribute("src");
    expect(src).toMatch(/\/api\/phone\/audio\/.+sig=/);
    const audio = await page.request.get(src!);
    expect(audio.status()).toBe(200);
    expect(audio.headers()["content-type"]).toBe("audio/wav");
    const wav = await audio.body();
    expect(wav.subarray(0, 4).toString("latin1")).toBe("RIFF");
    expect(wav.subarray(8, 12).toString("latin1")).toBe("WAVE");
    expect(wav.length).toBeGreaterThan(8000); // over half a second of 8 kHz 16-bit speech
    // The browser plays it: the element loads the file and reports its length.
    const seconds = await player.evaluate((element) => {
      // The page's HTMLAudioElement (e2e/ is typed without the DOM library).
      const el = element as unknown as {
        duration: number;
        load(): void;
        addEventListener(type: string, listener: () => void, options: { once: true }): void;
      };
      return new Promise<number>((resolve, reject) => {
        el.addEventListener("loadedmetadata", () => resolve(el.duration), { once: true });
        el.addEventListener("error", () => reject(new Error("the audio did not load")), {
          once: true,
        });
        el.load();
      });
    });
    expect(seconds).toBeGreaterThan(0.5);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    // The same campaign in Swedish.
    await page.goto(`/${DEMO_SLUG}/staff/phone/${campaignId}?lang=sv`);
    await expect(page.getByText("Status: Avslutad")).toBeVisible();
    const läget = page.getByRole("region", { name: "Läget" });
    await expect(läget.getByRole("row", { name: /^Samtalsförsök / }).getByRole("cell")).toHaveText(
      "60",
    );
    await expect(läget.getByText(`upptaget: ${d.failedByReason.busy}`)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    // A new campaign from the demo survey: a number not in +358… form is named at its field.
    await page.goto(`/${DEMO_SLUG}/staff/phone?lang=fi`);
    const form = page.getByRole("form", { name: "Uusi puhelukampanja" });
    await form.getByLabel("Kampanjan nimi").fill("Syksyn soitot");
    await form.getByLabel("Kysely (uusin julkaistu versio)").selectOption({
      label: "Kokemuksesi palveluistamme",
    });
    await form.getByLabel(/^Kuka soittaa/).fill("Keski-Suomen hyvinvointialueen");
    const number = form.getByLabel(/^Numero, josta soitetaan/);
    await number.fill("040 123 4567");
    await form.getByRole("button", { name: "Luo kampanja" }).click();
    await expect(number).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("link", { name: /Numero, josta soitetaan/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await number.fill("+358141234567");
    await form.getByRole("button", { name: "Luo kampanja" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Syksyn soitot" })).toBeVisible();
    await expect(page.getByText("Tila: Luonnos")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
