/**
 * The actions module's per-process state: the public answers of published tables (page data,
 * CSV, JSON) as sent, by table and kind, valid while the table's `updated_at` is the same
 * (every change to a table moves it, in any process). At most 200 answers are kept.
 */
export interface ActionServices {
  publicAnswers: PublicAnswers;
}

export class PublicAnswers {
  private readonly answers = new Map<string, { stamp: number; body: string }>();

  constructor(private readonly limit = 200) {}

  /** The answer kept for the key while the stamp is unchanged, else one made now and kept. */
  async get(key: string, stamp: number, make: () => Promise<string>): Promise<string> {
    const kept = this.answers.get(key);
    if (kept && kept.stamp === stamp) return kept.body;
    const body = await make();
    this.answers.delete(key);
    this.answers.set(key, { stamp, body });
    if (this.answers.size > this.limit) {
      this.answers.delete(this.answers.keys().next().value as string);
    }
    return body;
  }
}

export function createActionServices(): ActionServices {
  return { publicAnswers: new PublicAnswers() };
}
