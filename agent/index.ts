export { answer, streamAnswer, type AnswerOptions } from './answer.js';
export { answerOffline, framesFor, offlineCandidates } from './offline-planner.js';
export { answerWithLlm, type LlmAgentOptions } from './llm/llm-agent.js';
export { createChatModel } from './create-chat-model.js';
export { checkGrounding, type GroundingResult, type GroundingSources } from './grounding.js';
export { parseConversation, chatMessagesSchema, MAX_MESSAGE_CHARS, MAX_TURNS } from './messages.js';
export { understandQuestion, type QuestionFrame } from './question-frame.js';
export { SYSTEM_PROMPT } from './llm/system-prompt.js';
export { untranslatedEnglish } from './untranslated-english.js';
