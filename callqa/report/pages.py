"""View-models: plain dicts per page, built from Stats and a few small queries."""

from __future__ import annotations

import base64
import mimetypes
import os
import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from callqa.report import charts
from callqa.report.calls import CallData, Redactor, excerpt, load_calls
from callqa.report.i18n import fmt_dt, t
from callqa.stats import ClientStat, OperatorStat, ScriptStat, Stats

EMBED_LIMIT = 50 * 1024 * 1024  # larger recordings are linked even with report_audio = embed


def operator_rows(ops, pages_ops: dict[str, str]) -> list[dict]:
    return [{"id": o.id, "href": pages_ops.get(o.id), "calls": o.calls, "adherence": o.adherence,
             "conversion": o.conversion, "worse": sorted({c.stage for c in o.worse}),
             "flags": sum(o.flags.values())} for o in ops if o.id in pages_ops]


def flagged_calls(store, flt, limit: int, operators) -> list[dict]:
    """Latest calls with compliance flags (one row per call)."""
    from callqa.stats_db import _current
    from callqa.store import AnalysisRow, FlagRow, RecordingRow

    cur = _current(flt)
    q = (select(AnalysisRow.call_id, RecordingRow.operator, RecordingRow.started_at, FlagRow.rule)
         .select_from(cur).join(AnalysisRow, AnalysisRow.id == cur.c.aid)
         .join(RecordingRow, RecordingRow.id == cur.c.rid).join(FlagRow, FlagRow.analysis_id == cur.c.aid)
         .order_by(RecordingRow.started_at.desc(), AnalysisRow.id.desc()).limit(limit * 4))
    if operators is not None:
        q = q.where(RecordingRow.operator.in_(list(operators)))
    out: dict[str, dict] = {}
    with store.session() as s:
        for call_id, op, started, rule in s.execute(q):
            if call_id in out:
                if rule not in out[call_id]["rule"]:
                    out[call_id]["rule"] += ", " + rule
                continue
            if len(out) >= limit:
                break
            out[call_id] = {"call_id": call_id, "operator": op, "started": started, "rule": rule}
    return list(out.values())


def _last_runs(store, n: int) -> list:
    from callqa.store import RunRow

    with store.session() as s:
        return list(s.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(n)))


def _run_view(r, lang: str) -> dict:
    return {"id": r.id, "started": fmt_dt(r.started_at, lang), "finished": fmt_dt(r.finished_at, lang),
            "status": r.status, "files_seen": r.files_seen, "files_new": r.files_new, "files_failed": r.files_failed,
            "audio_hours": (r.audio_seconds or 0.0) / 3600, "error": r.error}


def dashboard_context(stats: Stats, store, lang: str, audience: str, pages_scripts: dict, pages_ops: dict,
                      flagged: list[dict], qa: bool, per_page: int, periods_shown: int) -> dict[str, Any]:
    runs = _last_runs(store, 1)
    periods = list(stats.periods)
    shown = periods[-periods_shown:]
    for f in flagged:
        f["started"] = fmt_dt(f["started"], lang)
    seg = Counter()
    seg_ok = Counter()
    for p in periods:
        for name, counts in p.by_segment.items():
            seg[name] += counts.get("calls", 0)
            seg_ok[name] += sum(counts.get(o, 0) for o in stats.options.success_outcomes)
    segments = [{"name": n, "calls": seg[n], "successes": seg_ok[n], "conversion": (seg_ok[n] / seg[n]) if seg[n] else None}
                for n in sorted(seg)]
    fc = stats.forecast
    forecast = None
    if fc.get("calls") is not None and fc.get("successes") is not None:
        f = fc["calls"]
        key = "forecast_linear" if f.method == "linear-trend" else "forecast_poisson"
        forecast = {"calls": fc["calls"], "successes": fc["successes"], "method": t(lang, key, n=f.periods_used),
                    "period": stats.forecast_period}
    trend = charts.trend([p.period for p in shown], [(t(lang, "calls"), [p.calls for p in shown], charts.MAIN),
                                                     (t(lang, "successes"), [p.successes for p in shown], "#27ae60")])
    scripts = [{"id": s.id, "version": s.version, "calls": s.calls, "href": pages_scripts[(s.id, s.version)],
                "weak": [st.id for st in s.weak_stages]} for s in stats.scripts if (s.id, s.version) in pages_scripts]
    ops = operator_rows(stats.operators, pages_ops) if audience != "script-author" else []
    if audience == "trainer":
        known = {o["id"] for o in ops}
        ops += [{"id": op, "href": href, "calls": 0, "adherence": None, "conversion": None, "worse": [], "flags": 0}
                for op, href in pages_ops.items() if op not in known]
    more = None
    if qa and len(ops) > per_page:
        ops, more = ops[:per_page], "operators.html"
    return {"last_run": _run_view(runs[0], lang) if runs else None, "has_runs_page": qa, "calls": stats.calls,
            "periods": list(reversed(shown)), "earlier": len(periods) - len(shown), "trend_chart": trend,
            "forecast": forecast, "segments": segments, "scripts": scripts, "operators": ops,
            "operators_more": more, "flagged": flagged}


def script_context(s: ScriptStat, stats: Stats, scripts: dict, store, lang: str, redact: Redactor,
                   links: dict[str, str]) -> dict[str, Any]:
    script = scripts.get(s.id)
    title = script.title if script is not None and script.version == s.version else None
    funnel = charts.funnel([(st.title, st.reached, st.stalled, st.weak) for st in s.stages if st.progress])
    rates = charts.rates([(st.title, st.stall_rate, st.ci_low, st.ci_high, st.weak) for st in s.stages if st.progress])
    wanted = {m.call_id for st in s.weak_stages for m in st.examples}
    data = {d.call_id: d for d in load_calls(store, sorted(wanted))}
    excerpts: dict[str, list] = {}
    for st in s.weak_stages:
        for m in st.examples:
            d = data.get(m.call_id)
            excerpts.setdefault(st.id, []).append({
                "call_id": m.call_id, "second": m.second,
                "href": (links[m.call_id] + f"#t={m.second:.0f}") if m.call_id in links else None,
                "lines": excerpt(d.transcript if d else None, m.second, redact)})
    opt = stats.options

    def verdict(st) -> str:
        return t(lang, "v_" + st.verdict, n=opt.min_calls)

    return {"s": s, "title": title, "funnel_chart": funnel, "rate_chart": rates, "excerpts": excerpts,
            "verdict": verdict, "alpha": opt.alpha, "min_calls": opt.min_calls}


def operator_context(op: str, o: OperatorStat | None, stats: Stats, facts, lang: str, links: dict[str, str],
                     recent: list) -> dict[str, Any]:
    if o is None:  # named for a trainer bundle but without calls in the database
        o = OperatorStat(op, 0, 0, None, None, {}, {}, {}, {}, {}, (), (), ClientStat(0, 0, None, 0), ())
    periods = [p for name, p in stats.operator_periods if name == op]
    chart = charts.trend([p for p, _, _ in o.trend], [(t(lang, "calls"), [n for _, n, _ in o.trend], charts.MAIN)])

    def stage_title(c) -> str:
        return facts.stage_titles.get((c.script_id, c.script_version), {}).get(c.stage, c.stage)

    return {"o": o, "periods": list(reversed(periods)), "trend_chart": chart, "links": links, "recent": recent,
            "stage_title": stage_title, "min_operator_calls": stats.options.min_operator_calls}


def runs_context(store, lang: str) -> dict[str, Any]:
    from callqa.store import FailureRow

    runs = [_run_view(r, lang) for r in _last_runs(store, 30)]
    with store.session() as s:
        fails = list(s.scalars(select(FailureRow).order_by(FailureRow.created_at.desc()).limit(200)))
        failures = [{"path": f.path, "stage": f.stage, "error": f.error, "when": fmt_dt(f.created_at, lang)}
                    for f in fails]
    return {"runs": runs, "failures": failures}


def _audio(data: CallData, cfg, out: Path, lang: str) -> tuple[str | None, str | None]:
    """The player's src (relative link or data URI), or a note saying why there is none."""
    if cfg.report_audio == "none":
        return None, t(lang, "no_audio")
    if data.kind != "audio":
        return None, None
    p = Path(data.path)
    if not p.is_absolute():
        for base in (Path.cwd(), Path(cfg.recordings)):
            if (base / p).is_file():
                p = base / p
                break
    if not p.is_file():
        return None, t(lang, "audio_missing")
    if cfg.report_audio == "embed" and p.stat().st_size <= EMBED_LIMIT:
        mime = mimetypes.guess_type(p.name)[0] or "audio/wav"
        return f"data:{mime};base64," + base64.b64encode(p.read_bytes()).decode(), None
    rel = os.path.relpath(p.resolve(), out.resolve())
    return urllib.parse.quote(rel.replace(os.sep, "/")), None


def call_context(data: CallData, lang: str, cfg, out: Path, redact: Redactor, pages_scripts: dict,
                 pages_ops: dict, scripts: dict) -> dict[str, Any]:
    a, meta = data.analysis, data.meta
    tr = redact.transcript(data.transcript) if data.transcript is not None else None
    tlang = tr.language if tr else (meta.language or lang)
    script = scripts.get(a.script_id)
    titles = {st.id: st.title for st in script.stages} if script is not None and script.version == a.script_version else {}
    stages = [{"id": s.id, "title": titles.get(s.id, s.id), "status": s.status, "score": s.score, "start": s.start,
               "evidence": redact.text(s.evidence, tlang)} for s in a.stages]
    spans = [(s.start, s.end if s.end is not None else s.start, titles.get(s.id, s.id))
             for s in a.stages if s.start is not None and s.status in ("hit", "out_of_order")]
    utterances = []
    for u in (tr.utterances if tr else ()):
        stage = next((name for st, en, name in spans if st < u.end + 0.05 and en > u.start - 0.05), None)
        utterances.append({"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text, "stage": stage})
    items = [(titles.get(s.id, s.id), s.start, s.end if s.end is not None else s.start + 1, s.status)
             for s in a.stages if s.start is not None]
    items += [(f.rule, f.start, f.end if f.end is not None else f.start + 1, "flag") for f in a.flags]
    src, note = _audio(data, cfg, out, lang)
    duration = data.duration or max([u["end"] for u in utterances] + [0.0])
    return {"call_id": a.call_id, "operator": meta.operator, "operator_href": pages_ops.get(meta.operator),
            "started_at": meta.started_at, "script_id": a.script_id, "script_version": a.script_version,
            "script_href": pages_scripts.get((a.script_id, a.script_version)), "segment": meta.client_segment,
            "outcome": a.outcome, "crm_outcome": meta.outcome or a.crm_outcome, "adherence": a.adherence,
            "duration": duration, "audio_src": src, "audio_note": note, "stages": stages,
            "flags": [{"rule": f.rule, "start": f.start, "evidence": redact.text(f.evidence, tlang)} for f in a.flags],
            "objections": [{"cls": o.cls, "start": o.start, "evidence": redact.text(o.evidence, tlang)}
                           for o in a.objections],
            "utterances": utterances, "redacted": redact.on, "timeline_items": items}
