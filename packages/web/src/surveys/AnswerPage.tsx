import { type Answers, type Definition, parseDefinition } from "@kuulo/survey";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useParams } from "react-router";
import { ApiError, type FieldProblem } from "../api/problem.js";
import { Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import {
  linkTokens,
  problemsByQuestion,
  saveLink,
  surveyText,
  visiblePages,
  withCleared,
} from "./answers.js";
import { surveyEndpoints } from "./api.js";
import { useSt } from "./i18n/index.js";
import { PageQuestions } from "./PageQuestions.js";
import "./surveys.css";

/**
 * `/:slug/surveys/:surveySlug`: a resident answers, phone-first, one page at a time; conditions
 * apply as answers change; every page is saved, and a link continues in any browser.
 */
export function AnswerPage() {
  const { slug = "", surveySlug = "" } = useParams();
  const { st, t, language } = useSt();
  const survey = useQuery({
    queryKey: ["survey", slug, surveySlug],
    queryFn: () => surveyEndpoints.survey(slug, surveySlug),
    retry: false,
  });
  const definition = useMemo<Definition | undefined>(
    () => (survey.data ? parseDefinition(survey.data.definition) : undefined),
    [survey.data],
  );
  const [token, setToken] = useState<string | undefined>();
  const [started, setStarted] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  /** Background questions pre-filled from the invited pool member's data. */
  const [prefilled, setPrefilled] = useState<string[]>([]);
  const [pageIndex, setPageIndex] = useState(0);
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const tokens = useRef(linkTokens(window.location));
  const title = definition
    ? surveyText(definition.title, language, definition.languages)
    : undefined;
  useDocumentTitle(title?.text ?? st("staff.title"));

  // A saved link or this browser's cookie continues an unfinished response.
  useEffect(() => {
    // A kiosk never continues anyone's answers: each person starts afresh.
    if (!survey.data || tokens.current.kiosk) return;
    const resume = tokens.current.resume;
    if (resume)
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    surveyEndpoints.mine(slug, surveySlug, resume).then(
      (mine) => {
        setToken(resume);
        setAnswers(mine.answers as Answers);
        setPrefilled(mine.prefilled);
        setStarted(true);
      },
      () => undefined,
    );
  }, [survey.data, slug, surveySlug]);

  // A new page (or the thanks) moves the focus to its heading, so screen readers announce it.
  const focusKey = `${started}-${pageIndex}-${done}`;
  useEffect(() => {
    if (focusKey.startsWith("true")) heading.current?.focus();
  }, [focusKey]);

  if (survey.isPending) return <Status>{t("common.loading")}</Status>;
  if (!definition || !survey.data) {
    return (
      <div className="page page--narrow">
        <p className="notice notice--error" role="alert">
          {st("answer.notFound")}
        </p>
      </div>
    );
  }
  const langs = definition.languages;
  const pages = visiblePages(definition, answers);
  const current = pages[Math.min(pageIndex, pages.length - 1)]!;
  const last = pageIndex >= pages.length - 1;
  const fallback = title?.fallback ?? false;

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.problem.errors.length > 0) {
      setProblems(problemsByQuestion(e.problem.errors));
      setError(st("answer.fixErrors"));
    } else setError(errorMessage(e, t));
  };
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      setProblems({});
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      const res = await surveyEndpoints.start(slug, surveySlug, tokens.current);
      setToken(res.resumeToken);
      setAnswers(res.answers as Answers);
      setPrefilled(res.prefilled);
      setStarted(true);
    });
  const pageAnswers = () =>
    withCleared(
      answers,
      current.questions.map((q) => q.id),
    );
  const next = () =>
    run(async () => {
      if (last) {
        await surveyEndpoints.submit(slug, surveySlug, pageAnswers(), token);
        setDone(true);
      } else {
        const saved = await surveyEndpoints.save(
          slug,
          surveySlug,
          { page: current.page.id, answers: pageAnswers() },
          token,
        );
        setAnswers(saved.answers as Answers);
        setPageIndex(pageIndex + 1);
      }
    });
  const back = () => {
    setProblems({});
    setPageIndex(Math.max(0, pageIndex - 1));
  };

  const nextRespondent = () => {
    setAnswers({});
    setPrefilled([]);
    setToken(undefined);
    setPageIndex(0);
    setStarted(false);
    setDone(false);
  };

  if (done) {
    return (
      <div className="page page--narrow survey-page">
        <h1 ref={heading} tabIndex={-1}>
          {definition.thanks
            ? surveyText(definition.thanks, language, langs).text
            : st("answer.thanks")}
        </h1>
        {tokens.current.kiosk ? (
          <button type="button" className="button button--primary" onClick={nextRespondent}>
            {st("answer.nextRespondent")}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <div className="page page--narrow survey-page">
      <h1 ref={started ? undefined : heading} tabIndex={-1}>
        {title?.text}
      </h1>
      {fallback ? <p className="notice">{st("answer.fallback")}</p> : null}
      {!survey.data.open ? (
        <p className="notice notice--error" role="alert">
          {st("answer.closed")}
        </p>
      ) : !started ? (
        <>
          {definition.intro ? <p>{surveyText(definition.intro, language, langs).text}</p> : null}
          <p>{st(survey.data.anonymity === "linked" ? "answer.linked" : "answer.anonymous")}</p>
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <button type="button" className="button button--primary" onClick={start} disabled={busy}>
            {st("answer.start")}
          </button>
        </>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void next();
          }}
        >
          <p className="survey-page__progress">
            {st("answer.progress", { page: pageIndex + 1, pages: pages.length })}
          </p>
          <progress value={pageIndex + 1} max={pages.length} aria-hidden="true" />
          <h2 ref={heading} tabIndex={-1}>
            {current.page.title
              ? surveyText(current.page.title, language, langs).text
              : st("answer.progress", { page: pageIndex + 1, pages: pages.length })}
          </h2>
          {current.page.intro ? (
            <p>{surveyText(current.page.intro, language, langs).text}</p>
          ) : null}
          {current.questions.some((q) => prefilled.includes(q.id)) ? (
            <p className="notice">{st("answer.prefilled")}</p>
          ) : null}
          {error ? (
            <p className="notice notice--error" role="alert">
              {error}
            </p>
          ) : null}
          <PageQuestions
            questions={current.questions}
            answers={answers}
            setAnswers={setAnswers}
            problems={problems}
            languages={langs}
            municipalityName={(code) => {
              const name = survey.data.municipalities[code];
              return name ? (language === "sv" ? name.sv : name.fi) : code;
            }}
          />
          <div className="survey-page__nav">
            {pageIndex > 0 ? (
              <button type="button" className="button" onClick={back} disabled={busy}>
                {st("answer.back")}
              </button>
            ) : null}
            <button type="submit" className="button button--primary" disabled={busy}>
              {last ? st("answer.submit") : st("answer.next")}
            </button>
          </div>
          {token && !tokens.current.kiosk ? (
            <details className="survey-page__save">
              <summary>{st("answer.saveTitle")}</summary>
              <p>{st("answer.saveHint")}</p>
              <label htmlFor="survey-save-link">{st("answer.saveLink")}</label>
              <input
                id="survey-save-link"
                readOnly
                value={saveLink(window.location.origin, slug, surveySlug, token)}
                onFocus={(e) => e.target.select()}
              />
            </details>
          ) : null}
        </form>
      )}
    </div>
  );
}
