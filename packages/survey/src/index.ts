// @kuulo/survey: a survey's definition (question types, pages, conditions, languages), checking
// definitions and answers. Pure: no database, no server.
export { type CheckedAnswers, checkAnswer, checkAnswers } from "./answers.js";
export { allQuestions, conditionQuestions, holds, visibleSurvey } from "./conditions.js";
export {
  conditionValues,
  definitionProblems,
  parseDefinition,
  pickText,
  referencedQuestions,
} from "./definition.js";
export { SurveyError, type SurveyProblem, type SurveyProblemCode } from "./errors.js";
export {
  type Answer,
  type Answers,
  ATTRIBUTES,
  type Attribute,
  answerSchema,
  answersSchema,
  attributeSchema,
  CONDITION_OPS,
  type Condition,
  type ConditionOp,
  conditionSchema,
  type Definition,
  type DefinitionInput,
  DONT_KNOW,
  definitionSchema,
  keySchema,
  LANGUAGES,
  type Lang,
  type LocalText,
  localTextSchema,
  type Option,
  OTHER,
  optionSchema,
  type Page,
  pageSchema,
  QUESTION_TYPES,
  type Question,
  type QuestionInput,
  type QuestionType,
  questionSchema,
} from "./model.js";
