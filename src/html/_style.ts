/** The pages' stylesheet, inlined in each page (no file to fetch, works from `file://`). */
export const css = `
:root{--ink:#1d1f23;--muted:#5b6070;--paper:#fdfcf9;--line:#d9d6cc;--accent:#1f5fa8;--hl:#fff0b3;--uncited:#b25a00;--ok:#1b6e3a;--bad:#a32020;--bar:#4a78b5;font:17px/1.55 Georgia,"Times New Roman",serif;color:var(--ink);background:var(--paper)}
*{box-sizing:border-box}
body{margin:0}
a{color:var(--accent)}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.4em .8em;z-index:10}
.skip:focus{left:8px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.top{padding:1.2rem 1.5rem .8rem;border-bottom:1px solid var(--line);background:#fff}
header.top h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0}
.byline,.crumbs,.meta{color:var(--muted);margin:.2rem 0;font:14px/1.4 system-ui,sans-serif}
form#search{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.8rem 0 0;font:15px/1.4 system-ui,sans-serif}
form#search label{font-weight:600}
form#search input{flex:1 1 22rem;font:inherit;padding:.45rem .6rem;border:1px solid #8a8f9c;border-radius:4px}
form#search button{font:inherit;padding:.45rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer}
.search-note{flex-basis:100%;margin:.2rem 0 0;color:var(--muted);font-size:13px}
#results{margin:.8rem 0 0;padding:.7rem 1rem;border:1px solid var(--line);border-radius:6px;background:var(--paper);font:15px/1.45 system-ui,sans-serif}
.verdict{margin:0 0 .4rem;font-size:16px}
.verdict-supported strong{color:var(--ok)}.verdict-uncited strong{color:var(--uncited)}.verdict-contradicted strong{color:var(--bad)}.verdict-not-found strong{color:var(--muted)}
.discrepancy{margin:.2rem 0;color:var(--bad)}
.matches{margin:.3rem 0;padding-left:1.4rem}.matches li{margin:.3rem 0}
.match-meta,.cli-hint{color:var(--muted);font-size:13px}
.cli-hint code{font-size:12px;background:#eee;padding:0 .2em}
.layout{display:grid;grid-template-columns:minmax(0,44rem) minmax(16rem,24rem);gap:2.5rem;padding:1rem 1.5rem 3rem;max-width:74rem}
@media (max-width:62rem){.layout{grid-template-columns:minmax(0,1fr)}}
main h2{font-size:1.25rem;margin:2rem 0 .6rem}
main p{margin:0 0 1rem}
.claim{border-radius:2px;transition:background .1s;scroll-margin-top:3rem}
section[data-footnotes] li,ol.sources>li{scroll-margin-top:3rem}
.claim:hover,.claim:focus-within,.claim:target,.claim.lit{background:var(--hl)}
.claim.uncited{text-decoration:underline dotted #c98a3c;text-decoration-thickness:1px;text-underline-offset:4px}
sup{line-height:0}
sup a[data-footnote-ref]{text-decoration:none;font:600 12px system-ui,sans-serif;padding:0 .15em;border-radius:3px;background:#e6eefb}
figure.figure{margin:1.5rem 0;padding:.8rem 1rem;border-left:3px solid var(--line);background:#f6f4ee;font-size:15px}
figure.figure figcaption{font-weight:600}
section[data-footnotes]{margin-top:2.5rem;border-top:1px solid var(--line);font-size:15px}
section[data-footnotes] li{margin:.5rem 0}
section[data-footnotes] li:target{background:var(--hl)}
.note-sources{margin:.2rem 0 .6rem;font:13px/1.45 system-ui,sans-serif;color:#333}
.note-sources-h{margin:0;font-weight:600}
.note-sources ul{margin:.1rem 0;padding-left:1.1rem}
.locator{color:var(--muted)}
aside{font:14px/1.45 system-ui,sans-serif}
@media (min-width:62rem){aside{position:sticky;top:0;max-height:100vh;overflow:auto;padding-top:.4rem}}
aside h2{font-size:1rem;margin:1rem 0 .4rem}
.legend{color:var(--muted)}
.legend .claim{padding:0 .2em}
.charts{display:grid;gap:.6rem}
figure.chart{margin:0;padding:.4rem .5rem;border:1px solid var(--line);border-radius:6px;background:#fff}
figure.chart figcaption{font-weight:600;font-size:13px;margin-bottom:.2rem}
figure.chart svg{max-width:100%;height:auto;display:block}
.chart-label,.chart-value{font:10px system-ui,sans-serif;fill:#333}
.chart-bar{fill:var(--bar)}.chart-uncited{fill:var(--uncited)}
figure.chart details{font-size:12px}
figure.chart table{border-collapse:collapse}figure.chart th,figure.chart td{text-align:left;padding:0 .5em 0 0;font-weight:normal}
ol.sources{padding-left:1.2rem}
ol.sources>li{margin:.45rem 0;padding:.2rem .3rem;border-radius:4px}
ol.sources>li.lit,ol.sources>li:target{background:var(--hl)}
.cited-by{margin:.15rem 0 0;color:var(--muted);font-size:13px}
.cited-by a{margin-right:.25em}
#popover{position:absolute;z-index:20;max-height:60vh;overflow:auto;background:#fff;border:1px solid #9aa0ad;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);padding:.6rem .9rem;font:15px/1.45 system-ui,sans-serif}
#popover[hidden],#claim-card[hidden],#results[hidden],form#search[hidden]{display:none}
.popover-head{display:flex;justify-content:space-between;align-items:center;gap:1rem}
.popover-head h2{font-size:14px;margin:0;color:var(--muted)}
#popover-close{font:20px/1 system-ui;border:0;background:none;cursor:pointer;padding:.1rem .4rem}
#popover p{margin:.3rem 0}
#claim-card{position:absolute;z-index:15;max-width:32rem;background:#23262d;color:#fff;padding:.25rem .55rem;border-radius:5px;font:12px/1.4 system-ui,sans-serif;pointer-events:none}
#claim-card a{color:#9fd0ff}
.tag-uncited{color:#ffc27a}
footer{padding:1rem 1.5rem 2rem;border-top:1px solid var(--line);color:var(--muted);font:13px/1.5 system-ui,sans-serif;max-width:74rem}
.index{padding:1rem 1.5rem 3rem;max-width:50rem}.documents h2{margin:0 0 .3rem}.documents{list-style:none;padding:0}.documents li{margin:1rem 0;padding:.8rem 1rem;border:1px solid var(--line);border-radius:6px;background:#fff}
`
