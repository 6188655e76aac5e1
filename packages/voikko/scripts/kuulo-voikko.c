/*
 * Kuulo's small C entry points into libvoikko, compiled with libvoikko to WebAssembly by
 * build.sh. One call per word: kuulo_voikko_analyze returns every reading as one string,
 * readings separated by "\n" (0x0A), fields by "\t" (0x09):
 * BASEFORM, CLASS, WORDBASES, STRUCTURE. The caller frees it with free().
 */
#include <stdlib.h>
#include <string.h>
#include "voikko.h"

static const char *const KEYS[] = {"BASEFORM", "CLASS", "WORDBASES", "STRUCTURE"};
#define NKEYS 4

struct VoikkoHandle *kuulo_voikko_init(const char *langcode, const char *path) {
  const char *error = 0;
  return voikkoInit(&error, langcode, path);
}

void kuulo_voikko_terminate(struct VoikkoHandle *handle) { voikkoTerminate(handle); }

char *kuulo_voikko_analyze(struct VoikkoHandle *handle, const char *word) {
  struct voikko_mor_analysis **list = voikkoAnalyzeWordCstr(handle, word);
  if (!list) return 0;
  size_t cap = 256, len = 0;
  char *out = malloc(cap);
  if (!out) { voikko_free_mor_analysis(list); return 0; }
  out[0] = 0;
  for (size_t i = 0; list[i]; i++) {
    for (int k = 0; k < NKEYS; k++) {
      char *value = voikko_mor_analysis_value_cstr(list[i], KEYS[k]);
      size_t vlen = value ? strlen(value) : 0;
      if (len + vlen + 2 > cap) {
        while (len + vlen + 2 > cap) cap *= 2;
        char *grown = realloc(out, cap);
        if (!grown) { free(out); if (value) voikko_free_mor_analysis_value_cstr(value); voikko_free_mor_analysis(list); return 0; }
        out = grown;
      }
      if (value) { memcpy(out + len, value, vlen); len += vlen; voikko_free_mor_analysis_value_cstr(value); }
      out[len++] = k + 1 < NKEYS ? '\t' : '\n';
      out[len] = 0;
    }
  }
  voikko_free_mor_analysis(list);
  return out;
}
