"""Write the static HTML reports for one audience into one folder.

Pages open from disk (file://) and can be mailed: CSS inline, charts inline
SVG, the call page's few lines of JS inline and pinned by a CSP hash, so an
injected script would not run even if escaping failed somewhere.

Audiences (what goes into the folder, nothing else):
- qa: everything, plus stats.json / stats.csv;
- script-author: dashboard aggregates and script pages with redacted excerpts,
  no operator names, no call pages, no run log;
- trainer: the named operators' pages and the calls they link to.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any, Sequence

from jinja2 import Environment, PackageLoader, StrictUndefined

from callqa.config import Settings, load_settings
from callqa.errors import ReportError
from callqa.report import charts
from callqa.report.calls import load_calls, redactor
from callqa.report.i18n import LANGS, fmt_clock, fmt_dt, fmt_num, fmt_p, fmt_pct, t
from callqa.stats import StatsOptions, compute
from callqa.stats_db import StatsFilter, facts_from_store, library_or_empty

log = logging.getLogger("callqa")

AUDIENCES = ("qa", "script-author", "trainer")
MANIFEST = ".callqa-report.json"
OPERATORS_PER_PAGE = 100
PERIODS_SHOWN = 16
RECENT_CALLS = 5
FLAGGED_CALLS = 20

# the only script in the reports; its hash goes into the page's CSP
CALL_JS = """(function(){
var a=document.getElementById('player');
function mark(t){var best=null;document.querySelectorAll('.utt').forEach(function(u){u.classList.remove('now');
if(parseFloat(u.getAttribute('data-t'))<=t+0.01){best=u;}});if(best){best.classList.add('now');}}
function seek(t){mark(t);if(!a){return;}var go=function(){a.currentTime=t;};
if(a.readyState>=1){go();}else{a.addEventListener('loadedmetadata',go,{once:true});}}
document.addEventListener('click',function(e){var el=e.target.closest('[data-t]');if(!el||e.target.closest('a')){return;}
seek(parseFloat(el.getAttribute('data-t')));});
function fromHash(){var m=/t=([0-9.]+)/.exec(location.hash);if(m){seek(parseFloat(m[1]));}}
fromHash();window.addEventListener('hashchange',fromHash);
})();"""
_CSP_BASE = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; media-src file: data: http: https:"


def _csp(js: str | None) -> str:
    if js is None:
        return _CSP_BASE + "; script-src 'none'"
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    return _CSP_BASE + f"; script-src 'sha256-{digest}'"


def slug(value: str) -> str:
    """A file-name-safe form of an id; a short hash keeps different ids apart."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", value)[:60]
    if safe != value:
        safe += "-" + hashlib.sha1(value.encode()).hexdigest()[:6]
    return safe


def script_page(sid: str, version: int) -> str:
    return f"script-{slug(sid)}-v{version}.html"


def operator_page(op: str) -> str:
    return f"operator-{slug(op)}.html"


def call_page(call_id: str) -> str:
    return f"call-{slug(call_id)}.html"


@dataclass(frozen=True)
class ReportResult:
    out_dir: Path
    audience: str
    files: tuple[str, ...]
    bytes: int
    calls: int


def _env(lang: str) -> Environment:
    env = Environment(loader=PackageLoader("callqa.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=False, lstrip_blocks=False)
    env.globals["_"] = partial(t, lang)
    env.filters["num"] = lambda x, d=0: fmt_num(x, lang, d)
    env.filters["pct"] = lambda x, d=1: fmt_pct(x, lang, d)
    env.filters["pval"] = lambda x: fmt_p(x, lang)
    env.filters["clock"] = fmt_clock
    env.filters["dt"] = lambda d: fmt_dt(d, lang)
    return env


class _Writer:
    """Writes pages into the bundle folder, remembering what it wrote."""

    def __init__(self, out: Path, env: Environment, base: dict[str, Any]):
        self.out, self.env, self.base = out, env, base
        self.files: list[str] = []
        self.bytes = 0

    def page(self, name: str, template: str, js: str | None = None, **ctx: Any) -> None:
        html = self.env.get_template(template).render(**self.base, csp=_csp(js), js=js or "", **ctx)
        self.text(name, html)

    def text(self, name: str, content: str) -> None:
        data = content.encode("utf-8")
        (self.out / name).write_bytes(data)
        self.files.append(name)
        self.bytes += len(data)


def _clear_previous(out: Path) -> None:
    """Remove the files the previous report wrote here, so no other audience's page stays behind."""
    manifest = out / MANIFEST
    if not manifest.is_file():
        return
    try:
        names = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError):
        names = []
    for name in names:
        p = out / name
        if "/" not in name and p.is_file():
            p.unlink()


def render_reports(db_url_or_store: Any, out_dir: str | os.PathLike[str], *, lang: str | None = None,
                   audience: str = "qa", operators: Sequence[str] = (), all_calls: bool = False,
                   settings: Settings | None = None, by: str = "week", stats_filter: StatsFilter | None = None,
                   options: StatsOptions | None = None, now: datetime | None = None) -> ReportResult:
    """Render one audience's bundle from the database into `out_dir`; returns what was written.

    `now` (UTC) is the "generated" time printed on every page; fixed, the output is reproducible.
    """
    from callqa.store import Store, open_store

    cfg = settings or load_settings()
    lang = lang or cfg.lang
    if lang not in LANGS:
        raise ReportError(f"--lang '{lang}' is not supported; use one of {', '.join(LANGS)}")
    if audience not in AUDIENCES:
        raise ReportError(f"--audience '{audience}' is not known; use one of {', '.join(AUDIENCES)}")
    operators = tuple(dict.fromkeys(operators))
    if audience == "trainer" and not operators:
        raise ReportError("a trainer bundle needs the operators it is for: add --operator ID (repeatable)")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot create the report folder ({exc.strerror}); choose another --out",
                          path=str(out)) from exc
    store = db_url_or_store if isinstance(db_url_or_store, Store) else open_store(str(db_url_or_store))
    try:
        return _render(store, out, lang, audience, operators, all_calls, cfg, by, stats_filter or StatsFilter(),
                       options, now or datetime.now(timezone.utc).replace(tzinfo=None))
    finally:
        if store is not db_url_or_store:
            store.close()


def _render(store, out: Path, lang: str, audience: str, operators: tuple[str, ...], all_calls: bool,
            cfg: Settings, by: str, flt: StatsFilter, options: StatsOptions | None, now: datetime) -> ReportResult:
    from callqa.report.pages import (dashboard_context, flagged_calls, operator_context, operator_rows, runs_context,
                                     script_context)
    from callqa.stats_export import stats_to_csv, stats_to_dict

    scripts = library_or_empty(cfg.scripts)
    facts = facts_from_store(store, flt, scripts=scripts)
    stats = compute(facts, by=by, options=options)
    _clear_previous(out)
    env = _env(lang)
    qa = audience == "qa"
    shown_ops = [o for o in stats.operators if qa or o.id in operators]
    # pages this bundle contains; links to anything else are not rendered
    pages_scripts = {(s.id, s.version): script_page(s.id, s.version) for s in stats.scripts} if audience != "trainer" else {}
    pages_ops = {o.id: operator_page(o.id) for o in shown_ops} if audience != "script-author" else {}
    if audience == "trainer":
        pages_ops.update({op: operator_page(op) for op in operators})
    nav = [("index.html", t(lang, "dashboard"))]
    if qa:
        nav += [("operators.html", t(lang, "operators")), ("runs.html", t(lang, "run_log"))]
    base = {"lang": lang, "audience": audience, "nav": nav,
            "generated": fmt_dt(now, lang) + " UTC"}
    w = _Writer(out, env, base)
    hidden = [] if qa else [c for c in {c.operator for c in facts.calls} if c not in pages_ops]
    redact = redactor(always=audience == "script-author" or cfg.report_transcripts == "redacted", scrub=hidden)

    # which calls get a page: those other pages link to (all with --all-calls)
    linked: dict[str, str] = {}
    calls_by_op: dict[str, list] = {}
    for c in facts.calls:
        calls_by_op.setdefault(c.operator, []).append(c)
    recent = {}
    if audience != "script-author":
        for op in pages_ops:
            rows = sorted(calls_by_op.get(op, []), key=lambda c: (c.started_at or datetime.min), reverse=True)
            recent[op] = rows[:RECENT_CALLS]
            for c in recent[op]:
                linked[c.call_id] = call_page(c.call_id)
        for o in shown_ops:
            for item in o.training:
                for m in item.examples:
                    linked[m.call_id] = call_page(m.call_id)
    flagged = flagged_calls(store, flt, FLAGGED_CALLS, None if qa else operators) if audience != "script-author" else []
    for f in flagged:
        linked[f["call_id"]] = call_page(f["call_id"])
    if qa:
        for s in stats.scripts:
            for st in s.weak_stages:
                for m in st.examples:
                    linked[m.call_id] = call_page(m.call_id)
        if all_calls:
            for c in facts.calls:
                linked[c.call_id] = call_page(c.call_id)
    elif audience == "trainer" and all_calls:
        for op in operators:
            for c in calls_by_op.get(op, []):
                linked[c.call_id] = call_page(c.call_id)
    for f in flagged:
        f["href"] = linked[f["call_id"]]

    # dashboard
    w.page("index.html", "index.html",
           **dashboard_context(stats, store, lang, audience, pages_scripts, pages_ops, flagged, qa, OPERATORS_PER_PAGE,
                               PERIODS_SHOWN))
    # script pages
    for s in stats.scripts:
        if (s.id, s.version) not in pages_scripts:
            continue
        ctx = script_context(s, stats, scripts, store, lang, redact, linked if qa else {})
        w.page(pages_scripts[(s.id, s.version)], "script.html", **ctx)
    # operator pages and the list
    by_id = {o.id: o for o in stats.operators}
    for op, name in pages_ops.items():
        ctx = operator_context(op, by_id.get(op), stats, facts, lang, linked, recent.get(op, []))
        w.page(name, "operator.html", **ctx)
    if qa:
        rows = operator_rows(stats.operators, pages_ops)
        pages = [("operators.html" if i == 0 else f"operators-{i + 1}.html", i + 1)
                 for i in range(max(1, -(-len(rows) // OPERATORS_PER_PAGE)))]
        for i, (name, n) in enumerate(pages):
            w.page(name, "operators.html", operators=rows[i * OPERATORS_PER_PAGE:(i + 1) * OPERATORS_PER_PAGE],
                   pages=pages, page=n)
        w.page("runs.html", "runs.html", **runs_context(store, lang))
        w.text("stats.json", json.dumps(stats_to_dict(stats), ensure_ascii=False, separators=(",", ":")))
        w.text("stats.csv", stats_to_csv(stats))
    # call pages, loaded from the database in chunks
    n_calls = _call_pages(w, store, linked, lang, cfg, out, redact, pages_scripts, pages_ops, scripts)
    w.text(MANIFEST, json.dumps({"audience": audience, "operators": list(operators) if not qa else [],
                                 "files": sorted(set(w.files))}, ensure_ascii=False, indent=1))
    log.info("wrote %d files (%d bytes) to %s", len(w.files), w.bytes, out)
    return ReportResult(out, audience, tuple(w.files), w.bytes, n_calls)


def _call_pages(w: _Writer, store, linked: dict[str, str], lang: str, cfg: Settings, out: Path, redact,
                pages_scripts: dict, pages_ops: dict, scripts: dict) -> int:
    from callqa.report.pages import call_context

    ids = sorted(linked)
    n = 0
    for off in range(0, len(ids), 500):
        for data in load_calls(store, ids[off:off + 500]):
            ctx = call_context(data, lang, cfg, out, redact, pages_scripts, pages_ops, scripts)
            timeline = charts.timeline(ctx.pop("timeline_items"), ctx["duration"])
            w.page(linked[data.call_id], "call.html", js=CALL_JS, c=ctx, timeline_chart=timeline)
            n += 1
    return n
