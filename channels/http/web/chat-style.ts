/** @module The chat page's CSS: readable at phone width, visible focus for keyboard use. */
export const PAGE_STYLE = `
:root{--ink:#1a202c;--muted:#4a5568;--line:#e2e8f0;--accent:#2b6cb0;--bg:#f7fafc;--warn:#c05621}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC",sans-serif;color:var(--ink);background:var(--bg)}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.8rem 1.2rem;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0;font-size:1.3rem}header p{margin:.1rem 0 0;color:var(--muted);font-size:.9rem}
main{max-width:820px;margin:0 auto;padding:1rem 1rem 9rem}
.turn{margin:1rem 0}.user{background:#ebf4ff;border-radius:10px;padding:.6rem .9rem;white-space:pre-wrap}
.bot{background:#fff;border:1px solid var(--line);border-radius:10px;padding:.8rem 1rem}
.bot.refused{border-left:4px solid var(--warn)}.bot .note{color:var(--warn);font-size:.9rem}
.bot .text{white-space:pre-wrap}.cite{border:0;background:none;color:var(--accent);font-weight:600;cursor:pointer;padding:0 .1rem;font-size:.85em;vertical-align:super}
.sources{margin:.6rem 0 0;padding-left:1.2rem;font-size:.88rem;color:var(--muted)}.sources button{border:0;background:none;color:var(--accent);cursor:pointer;text-align:left;padding:0;font:inherit}
.actions{display:flex;gap:.5rem;margin-top:.5rem}.actions button,#new-chat,.example{border:1px solid var(--line);background:#fff;border-radius:8px;padding:.35rem .7rem;cursor:pointer;font:inherit;font-size:.9rem}
details.calc{margin-top:.5rem;font-size:.9rem}details.calc code{font-size:.85rem}
.examples{display:flex;flex-wrap:wrap;gap:.5rem}.example{text-align:left}
.error{background:#fff5f5;border:1px solid #feb2b2;color:#9b2c2c;border-radius:10px;padding:.6rem .9rem}
form{position:fixed;left:0;right:0;bottom:0;display:flex;gap:.5rem;padding:.8rem max(1rem,calc((100% - 820px)/2));background:#fff;border-top:1px solid var(--line)}
textarea{flex:1;resize:none;font:inherit;padding:.5rem .7rem;border:1px solid #cbd5e0;border-radius:8px}
#send{border:0;background:var(--accent);color:#fff;border-radius:8px;padding:0 1.2rem;font:inherit;cursor:pointer}#send:disabled{opacity:.5}
#status{position:fixed;bottom:4.6rem;left:0;right:0;text-align:center;color:var(--muted);font-size:.85rem;margin:0}
aside{position:fixed;top:0;right:0;bottom:0;width:min(440px,100%);background:#fff;border-left:1px solid var(--line);box-shadow:-4px 0 18px rgba(0,0,0,.08);padding:1rem 1.2rem;overflow:auto;z-index:5}
.source-head{display:flex;justify-content:space-between;align-items:center}.source-head h2{margin:0;font-size:1.05rem}
#close-source{border:0;background:none;font-size:1.6rem;cursor:pointer}#source-meta{color:var(--muted);font-size:.9rem}#source-text p{white-space:pre-wrap}
mark{background:#fefcbf;padding:0 .1rem}
:focus-visible{outline:3px solid #90cdf4;outline-offset:2px}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media (max-width:560px){header{padding:.6rem .8rem}header p{display:none}main{padding:.6rem .6rem 9rem}}
`;
