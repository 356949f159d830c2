export { loadGoldQuestions, goldQuestionSchema, type GoldQuestion } from './gold-set.js';
export { scoreAnswer, goldParagraphIds, type AnswerScore } from './score-answer.js';
export { runEvals, type EvalSummary, type EvalOptions, type EvalFailure, type KindScore } from './run-evals.js';
export { runFinanceBench, FINANCEBENCH_BM25_BASELINE, type FinanceBenchResult } from './financebench.js';
export { retrievalScores, type RetrievalScores } from './retrieval-metrics.js';
export { writeReport, renderMarkdown, renderHtml } from './write-report.js';
