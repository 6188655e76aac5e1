import type { OpenSurvey } from "./answering.js";

/**
 * Published surveys by public address (org slug + survey slug), kept per process for the
 * residents' answering path: a start, a page save and a submission each need the organization,
 * the survey and its newest frozen version, which change only when staff publish, edit the
 * settings or open/close the survey. Staff routes in this process `clear()` the cache on each of
 * those; other processes see the change within `ttlMs`. The promise is kept (requests arriving
 * together share one load); a failed load (404) is not kept.
 */
export interface OpenSurveyCache {
  get: (
    orgSlug: string,
    surveySlug: string,
    load: () => Promise<OpenSurvey>,
  ) => Promise<OpenSurvey>;
  /** Forgets every survey (after a change made in this process). */
  clear: () => void;
}

export function createOpenSurveyCache(options: {
  ttlMs: number;
  maxKeys?: number;
}): OpenSurveyCache {
  const entries = new Map<string, { value: Promise<OpenSurvey>; at: number }>();
  const maxKeys = options.maxKeys ?? 1000;
  return {
    get: (orgSlug, surveySlug, load) => {
      const key = `${orgSlug}/${surveySlug}`;
      const now = Date.now();
      const entry = entries.get(key);
      if (entry && now - entry.at < options.ttlMs) return entry.value;
      if (!entry && entries.size >= maxKeys) entries.clear();
      const value = load();
      entries.set(key, { value, at: now });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}
