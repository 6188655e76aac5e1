/** Character 1–3-grams of a lowercased text, words padded with "_" (language identification features). */
export function charNgrams(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const w = `_${word}_`;
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= w.length; i++) {
        const g = w.slice(i, i + n);
        if (g !== "_") out.push(g);
      }
    }
  }
  return out;
}
