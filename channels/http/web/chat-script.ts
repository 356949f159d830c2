/** @module The chat page's script: streaming answers, citations in context, history, errors. Text only via textContent. */
export const PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('question');
  var send = document.getElementById('send');
  var status = document.getElementById('status');
  var source = document.getElementById('source');
  var history = [];
  var busy = false;
  var STEP = { search_reports: 'Searching the reports…', lookup_facts: 'Looking up figures…', capex_calculator: 'Calculating…' };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function setStatus(text) { status.textContent = text || ''; }
  function scrollDown() { window.scrollTo(0, document.body.scrollHeight); }

  function addUser(text) {
    var welcome = document.getElementById('welcome');
    if (welcome) welcome.remove();
    var turn = el('div', 'turn user', text);
    log.appendChild(turn);
    scrollDown();
  }

  function showError(message) {
    var box = el('div', 'turn error', message);
    box.setAttribute('role', 'alert');
    log.appendChild(box);
    scrollDown();
  }

  /** Answer text with [n] turned into buttons that open the cited paragraph. */
  /** As core's sourceLabel: publisher and date, or the title when a report has no masthead. */
  function sourceLabel(c) {
    return c.publisher ? c.publisher + ', ' + (c.date || 'undated') + ' — ' + c.title : c.title + ' (' + (c.date || 'undated') + ')';
  }

  function renderText(container, text, citations) {
    container.textContent = '';
    var parts = text.split(/(\[\d+\])/);
    parts.forEach(function (part) {
      var match = /^\[(\d+)\]$/.exec(part);
      var citation = match && citations.filter(function (c) { return c.n === Number(match[1]); })[0];
      if (!citation) { container.appendChild(document.createTextNode(part)); return; }
      var button = el('button', 'cite', '[' + citation.n + ']');
      button.type = 'button';
      button.setAttribute('aria-label', 'Source ' + citation.n + ': ' + (citation.publisher || citation.title));
      button.addEventListener('click', function () { openSource(citation, button); });
      container.appendChild(button);
    });
  }

  function renderAnswer(bubble, answer) {
    bubble.classList.toggle('refused', answer.refused);
    var text = bubble.querySelector('.text');
    renderText(text, answer.answer, answer.citations);
    if (answer.refused) bubble.insertBefore(el('p', 'note', 'Not in the reports.'), text);
    if (answer.fallback) bubble.appendChild(el('p', 'note', 'Answered offline: the language model was unavailable.'));
    if (!answer.grounded) bubble.appendChild(el('p', 'note', 'Some figures could not be checked against the reports: ' + answer.ungroundedNumbers.join(', ')));
    if (answer.calculations.length) {
      var details = el('details', 'calc');
      details.appendChild(el('summary', '', 'How this was calculated'));
      answer.calculations.forEach(function (calc) {
        var list = el('ul');
        calc.steps.forEach(function (step) { var item = el('li'); item.appendChild(el('code', '', step.expression + ' = ' + step.result)); list.appendChild(item); });
        calc.operands.forEach(function (operand) {
          list.appendChild(el('li', '', operand.name + ' = ' + operand.text + (operand.citation ? ' [' + operand.citation + ']' : '')));
        });
        if (calc.rate) list.appendChild(el('li', '', 'rate ' + calc.rate.pair + ' = ' + calc.rate.rate + ' (' + calc.rate.source + (calc.rate.asOf ? ', ' + calc.rate.asOf : '') + ')'));
        details.appendChild(list);
      });
      bubble.appendChild(details);
    }
    if (answer.citations.length) {
      var sources = el('ol', 'sources');
      answer.citations.forEach(function (citation) {
        var item = el('li');
        var button = el('button', '', sourceLabel(citation) + ' ¶' + citation.paragraph);
        button.type = 'button';
        button.addEventListener('click', function () { openSource(citation, button); });
        item.appendChild(button);
        sources.appendChild(item);
      });
      bubble.appendChild(sources);
    }
    var actions = el('div', 'actions');
    var copy = el('button', '', 'Copy answer');
    copy.type = 'button';
    copy.addEventListener('click', function () {
      var lines = [answer.answer].concat(answer.citations.map(function (c) { return '[' + c.n + '] ' + sourceLabel(c) + ' — “' + c.quote + '”'; }));
      (navigator.clipboard ? navigator.clipboard.writeText(lines.join('\n')) : Promise.reject()).then(function () { setStatus('Copied.'); }, function () { setStatus('Copy is not available here.'); });
    });
    actions.appendChild(copy);
    bubble.appendChild(actions);
  }

  /** Shows the cited paragraph with the quote highlighted inside it. */
  function openSource(citation, opener) {
    source.hidden = false;
    source.dataset.opener = '';
    source._opener = opener;
    document.getElementById('source-title').textContent = 'Source ' + citation.n;
    document.getElementById('source-meta').textContent = sourceLabel(citation) + ' · ¶' + citation.paragraph;
    var body = document.getElementById('source-text');
    body.textContent = 'Loading…';
    fetch('/api/paragraphs/' + encodeURIComponent(citation.paragraphId)).then(function (response) {
      if (!response.ok) throw new Error('status ' + response.status);
      return response.json();
    }).then(function (data) {
      body.textContent = '';
      [data.paragraph.text, data.paragraph.original].forEach(function (text) {
        if (!text) return;
        var p = el('p');
        var at = text.indexOf(citation.quote);
        if (at < 0) { p.textContent = text; } else {
          p.appendChild(document.createTextNode(text.slice(0, at)));
          p.appendChild(el('mark', '', citation.quote));
          p.appendChild(document.createTextNode(text.slice(at + citation.quote.length)));
        }
        body.appendChild(p);
      });
    }).catch(function () { body.textContent = '“' + citation.quote + '”'; });
    document.getElementById('close-source').focus();
  }
  function closeSource() {
    if (source.hidden) return;
    source.hidden = true;
    if (source._opener) source._opener.focus();
  }
  document.getElementById('close-source').addEventListener('click', closeSource);
  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') closeSource(); });

  /** Reads server-sent events from a fetch response body. */
  function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) return;
        buffer += decoder.decode(chunk.value, { stream: true });
        var blocks = buffer.split('\n\n');
        buffer = blocks.pop();
        blocks.forEach(function (block) {
          var event = 'message', data = '';
          block.split('\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) event = line.slice(6).trim();
            else if (line.indexOf('data:') === 0) data += line.slice(5).trim();
          });
          if (data) onEvent(event, JSON.parse(data));
        });
        return pump();
      });
    }
    return pump();
  }

  function ask(question) {
    if (busy || !question.trim()) return;
    busy = true; send.disabled = true;
    addUser(question);
    history.push({ role: 'user', content: question });
    var bubble = el('div', 'turn bot');
    var text = el('div', 'text', '');
    bubble.appendChild(text);
    setStatus('Thinking…');
    fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ messages: history }) })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            var retry = response.headers.get('retry-after');
            var message = response.status === 429 ? 'Too many questions at once — try again in ' + (retry || 'a few') + ' seconds.'
              : (body.error && body.error.message) || ('The server answered ' + response.status + '.');
            throw new Error(message);
          });
        }
        log.appendChild(bubble);
        var finished = false;
        return readEvents(response, function (event, data) {
          if (event === 'step') setStatus(STEP[data.tool] || 'Working…');
          else if (event === 'delta') { text.textContent += data.text; scrollDown(); }
          else if (event === 'done') { finished = true; renderAnswer(bubble, data); history.push({ role: 'assistant', content: data.answer }); }
          else if (event === 'error') throw new Error(data.error.message);
        }).then(function () { if (!finished) throw new Error('The answer was cut off; please ask again.'); });
      })
      .catch(function (error) {
        if (bubble.parentNode) bubble.remove();
        history.pop();
        showError(error instanceof TypeError ? 'Cannot reach the server. Check your connection and try again.' : error.message);
      })
      .then(function () { busy = false; send.disabled = false; setStatus(''); scrollDown(); input.focus(); });
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); var q = input.value; input.value = ''; ask(q); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('.example'), function (button) {
    button.addEventListener('click', function () { ask(button.textContent); });
  });
  document.getElementById('new-chat').addEventListener('click', function () { window.location.reload(); });
  input.focus();
})();
`;
