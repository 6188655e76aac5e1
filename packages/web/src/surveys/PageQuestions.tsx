import type { Answers, Lang, Question } from "@kuulo/survey";
import type { FieldProblem } from "../api/problem.js";
import { fieldMessage } from "../lib/errors.js";
import { useSt } from "./i18n/index.js";
import { QuestionField } from "./QuestionField.js";

/** The visible questions of one page, each with its problem beside it. */
export function PageQuestions(props: {
  questions: readonly Question[];
  answers: Answers;
  setAnswers: (next: Answers) => void;
  problems: Record<string, FieldProblem>;
  languages: readonly Lang[];
  municipalityName?: (code: string) => string;
}) {
  const { t } = useSt();
  return (
    <>
      {props.questions.map((q) => {
        const problem = props.problems[q.id];
        return (
          <QuestionField
            key={q.id}
            question={q}
            value={props.answers[q.id]}
            languages={props.languages}
            error={problem ? fieldMessage(problem, t) : undefined}
            {...(props.municipalityName ? { municipalityName: props.municipalityName } : {})}
            onChange={(value) => {
              const next = { ...props.answers };
              if (value === undefined) delete next[q.id];
              else next[q.id] = value;
              props.setAnswers(next);
            }}
          />
        );
      })}
    </>
  );
}
