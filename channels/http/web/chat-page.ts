/** @module The web chat at `/`: one self-contained page (no build step, no front-end server). */
import { PAGE_SCRIPT } from './chat-script.js';
import { PAGE_STYLE } from './chat-style.js';

export const EXAMPLES = [
  "What was Tencent's capital expenditure in Q4 2024?",
  'How much does Alibaba plan to invest in cloud and AI over three years?',
  'What valuation of Moonshot AI is implied by Alibaba paying about $800 million for a 36% stake?',
  '阿里巴巴未来三年在云和AI基础设施上计划投入多少?',
  'Which cloud providers claim the most large-model customers?',
];

export function chatPage(): string {
  const examples = EXAMPLES.map((text) => `<button type="button" class="example">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</button>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Baogao 报告 — answers from the reports</title><style>${PAGE_STYLE}</style></head>
<body>
<header><div><h1>Baogao <span lang="zh">报告</span></h1><p>Answers from the report collection, with the paragraphs they come from.</p></div>
<button type="button" id="new-chat" title="Start a new conversation">New chat</button></header>
<main>
<section id="log" role="log" aria-live="polite" aria-label="Conversation">
<div id="welcome"><p>Ask in English or Chinese. Try:</p><div class="examples">${examples}</div></div>
</section>
<form id="ask" autocomplete="off"><label for="question" class="sr-only">Your question</label>
<textarea id="question" rows="2" maxlength="2000" placeholder="Ask about the reports… (Enter to send, Shift+Enter for a new line)" required></textarea>
<button type="submit" id="send">Ask</button></form>
<p id="status" role="status" aria-live="polite"></p>
</main>
<aside id="source" role="dialog" aria-modal="false" aria-labelledby="source-title" hidden>
<div class="source-head"><h2 id="source-title">Source</h2><button type="button" id="close-source" aria-label="Close source">×</button></div>
<p id="source-meta"></p><div id="source-text"></div></aside>
<script>${PAGE_SCRIPT}</script>
</body></html>`;
}
