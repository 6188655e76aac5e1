import { afterAll, describe, expect, it } from "vitest";
import { TextError } from "./errors.js";
import { startTextWorker } from "./runner.js";
import { FI_ANSWERS } from "./testdata.js";

const worker = startTextWorker();
afterAll(() => worker.close());
const answers = FI_ANSWERS.map((text, i) => ({ id: `r${i + 2}`, text }));

describe("worker thread runner", () => {
  it("analyses in a worker, reports progress and applies edits", async () => {
    const steps: string[] = [];
    const report = await worker.analyze({ answers, k: 3, kMin: 2, kMax: 5 }, (e) =>
      steps.push(e.step),
    );
    expect(steps).toEqual(
      expect.arrayContaining(["clean", "lemmatise", "sweep", "themes", "sentiment"]),
    );
    expect(report.answers.map((a) => a.id)).toEqual(answers.map((a) => a.id));
    const [a, b] = report.themes.filter((t) => !t.isOther);
    const merged = await worker.merge([a!.id, b!.id]);
    expect(merged.themes.length).toBe(report.themes.length - 1);
    const renamed = await worker.rename(merged.themes[0]!.id, "Uusi nimi");
    expect(renamed.themes[0]!.label).toBe("Uusi nimi");
    const k2 = await worker.selectK(2);
    expect(k2.k).toBe(2);
  });

  it("turns worker-side errors into TextError with the same code", async () => {
    await expect(worker.rename("missing", "x")).rejects.toMatchObject({ code: "THEME_NOT_FOUND" });
    await expect(worker.rename("missing", "x")).rejects.toBeInstanceOf(TextError);
  });
});
