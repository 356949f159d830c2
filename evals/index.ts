export { loadGoldQuestions, loadDefaultQuestions, heldOutFiles, withUniqueIds, goldQuestionSchema, SPLITS, splitForBatch, type GoldQuestion, type GoldFigure, type Split } from './gold-set.js';
export { readQuestionFile, questionsFromText, type QuestionFileOptions } from './read-question-file.js';
export { scoreAnswer, goldParagraphIds, ruleGradable, type AnswerScore } from './score-answer.js';
export { isHedged, outcomeOf, outcomeRates, type Outcome, type OutcomeRates } from './outcomes.js';
export { paraphraseConsistency, type ParaphraseScore } from './paraphrase.js';
export { runEvals, answerQuestions, summariseRun, type EvalSummary, type EvalOptions, type EvalFailure, type KindScore, type SplitScore, type QuestionResult, type QuestionRecord } from './run-evals.js';
export { SPLIT_ORDER } from './summarise-results.js';
export { createAnswersWriter, answerLine, type AnswerLine } from './answers-out.js';
export { runFinanceBench, FINANCEBENCH_BM25_BASELINE, type FinanceBenchResult } from './financebench.js';
export {
  loadFinanceBenchRows, buildFinanceBenchCollection, filingYear, goldFigure, firstSentence, statesFigure, scoreFinanceBenchAnswer, answerLineFor, filingsByDocId,
  summariseFinanceBench, renderFinanceBenchMarkdown, FINANCEBENCH_QUESTION_TYPES,
  type FinanceBenchRow, type FinanceBenchScore, type FinanceBenchOutcome, type FinanceBenchAnswerLine, type FinanceBenchAnswerSummary, type FinanceBenchTypeRow, type Figure, type FilingOf,
} from './financebench-answers.js';
export { retrievalScores, type RetrievalScores } from './retrieval-metrics.js';
export { writeReport, renderMarkdown, renderHtml } from './write-report.js';
export { renderConsoleSummary } from './render-console.js';
export { writeAgentComparison, renderComparisonMarkdown, renderComparisonHtml, comparisonRows } from './compare-agents.js';
export { diffRuns, findPreviousRun, readSavedRun, type RunDiff, type SavedRun } from './compare-runs.js';
export { judgeAnswers, judgePrompt, readGrade, JUDGE_RUBRIC, type JudgeSummary, type JudgeGrade, type JudgeVerdict } from './llm-judge.js';
