"""Inline SVG charts. Labels are escaped here because the result is inserted as markup."""

from __future__ import annotations

from typing import Sequence

from markupsafe import Markup, escape

WEAK = "#c0392b"
MAIN = "#2d6cdf"
LIGHT = "#cfdcf5"
GREY = "#999"


def _f(x: float) -> str:
    return f"{x:.1f}"


def _label_width(labels: Sequence[str]) -> int:
    """Room for the longest label at 12 px (about 7 px a character), within limits."""
    return min(300, max(80, 7 * max((len(x) for x in labels), default=0) + 10))


def _short(label: str, limit: int = 40) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def funnel(rows: Sequence[tuple[str, int, int, bool]], *, width: int = 720) -> Markup:
    """Calls reaching each stage (light bar) and the part that stalled there (dark; red when weak)."""
    if not rows:
        return Markup("")
    rows = [(_short(r[0]), *r[1:]) for r in rows]
    label_w = _label_width([r[0] for r in rows])
    top = max((r[1] for r in rows), default=0) or 1
    bar_w = width - label_w - 70
    h = 24
    out = [f'<svg class="chart" role="img" width="{width}" height="{len(rows) * h + 8}" '
           f'viewBox="0 0 {width} {len(rows) * h + 8}" xmlns="http://www.w3.org/2000/svg">']
    for i, (label, reached, stalled, weak) in enumerate(rows):
        y = 4 + i * h
        w = bar_w * reached / top
        ws = bar_w * stalled / top
        out.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{escape(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 2}" width="{_f(w)}" height="{h - 6}" fill="{LIGHT}"/>')
        out.append(f'<rect x="{label_w}" y="{y + 2}" width="{_f(ws)}" height="{h - 6}" fill="{WEAK if weak else MAIN}"/>')
        out.append(f'<text x="{_f(label_w + w + 4)}" y="{y + 15}" font-size="11" fill="#333">{reached}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def rates(rows: Sequence[tuple[str, float | None, float | None, float | None, bool]], *, width: int = 720) -> Markup:
    """Stall rate per stage as a dot with its 95 % interval; stages without a rate are left blank."""
    rows = [(_short(r[0]), *r[1:]) for r in rows]
    if not rows:
        return Markup("")
    label_w = _label_width([r[0] for r in rows])
    h = 22
    plot = width - label_w - 20
    top = max([r[3] for r in rows if r[3] is not None] + [0.05])
    out = [f'<svg class="chart" role="img" width="{width}" height="{len(rows) * h + 22}" '
           f'viewBox="0 0 {width} {len(rows) * h + 22}" xmlns="http://www.w3.org/2000/svg">']
    for frac in (0, 0.5, 1):
        x = label_w + plot * frac
        out.append(f'<line x1="{_f(x)}" y1="0" x2="{_f(x)}" y2="{len(rows) * h}" stroke="#eee"/>')
        out.append(f'<text x="{_f(x)}" y="{len(rows) * h + 14}" font-size="10" text-anchor="middle" '
                   f'fill="{GREY}">{round(100 * top * frac)}%</text>')
    for i, (label, rate, lo, hi, weak) in enumerate(rows):
        y = 4 + i * h + 8
        out.append(f'<text x="{label_w - 6}" y="{y + 4}" text-anchor="end" font-size="12">{escape(label)}</text>')
        if rate is None:
            continue
        colour = WEAK if weak else MAIN
        if lo is not None and hi is not None:
            out.append(f'<line x1="{_f(label_w + plot * lo / top)}" y1="{y}" x2="{_f(label_w + plot * hi / top)}" '
                       f'y2="{y}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<circle cx="{_f(label_w + plot * rate / top)}" cy="{y}" r="4" fill="{colour}"/>')
    out.append("</svg>")
    return Markup("".join(out))


def trend(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float | None], str]], *, width: int = 640,
          height: int = 180, percent: bool = False) -> Markup:
    """Lines over periods; a single period is drawn as dots."""
    n = len(labels)
    if n == 0:
        return Markup("")
    vals = [v for _, ys, _ in series for v in ys if v is not None]
    top = max(vals + [1e-9]) * 1.1
    left, bottom = 40, 20
    pw, ph = width - left - 10, height - bottom - 22
    step = pw / max(1, n - 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return left + (i * step if n > 1 else pw / 2), 22 + ph - ph * v / top

    out = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'xmlns="http://www.w3.org/2000/svg">']
    out.append(f'<line x1="{left}" y1="{22 + ph}" x2="{left + pw}" y2="{22 + ph}" stroke="#ccc"/>')
    top_label = f"{round(100 * top)}%" if percent else f"{top:.0f}"
    out.append(f'<text x="{left - 4}" y="26" font-size="10" text-anchor="end" fill="{GREY}">{top_label}</text>')
    every = max(1, n // 8)
    for i, lab in enumerate(labels):
        if i % every == 0 or i == n - 1:
            x, _ = xy(i, 0)
            anchor = "end" if (i == n - 1 and n > 1) else ("start" if i == 0 and n > 1 else "middle")
            out.append(f'<text x="{_f(x)}" y="{height - 4}" font-size="10" text-anchor="{anchor}" '
                       f'fill="{GREY}">{escape(lab)}</text>')
    for li, (name, ys, colour) in enumerate(series):
        pts = [xy(i, v) for i, v in enumerate(ys) if v is not None]
        if len(pts) > 1:
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
                       + " ".join(f"{_f(x)},{_f(y)}" for x, y in pts) + '"/>')
        for x, y in pts:
            out.append(f'<circle cx="{_f(x)}" cy="{_f(y)}" r="2.5" fill="{colour}"/>')
        out.append(f'<text x="{left + 8 + li * 140}" y="12" font-size="11" fill="{colour}">'
                   f'{escape(name)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def timeline(items: Sequence[tuple[str, float, float, str]], duration: float, *, width: int = 720) -> Markup:
    """Stages (top lane, labelled) and flags (bottom lane) along the call; each block seeks the
    player when clicked (data-t)."""
    if duration <= 0 or not items:
        return Markup("")
    has_flags = any(kind == "flag" for *_, kind in items)
    height = 60 if has_flags else 36
    out = [f'<svg class="chart timeline" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    out.append(f'<rect x="0" y="8" width="{width}" height="2" fill="#eee"/>')
    for label, start, end, kind in items:
        x = (width - 4) * min(start, duration) / duration
        w = max(4.0, (width - 4) * max(0.0, min(end, duration) - start) / duration)
        colour = {"hit": MAIN, "out_of_order": "#e67e22", "flag": WEAK}.get(kind, GREY)
        y = 40 if kind == "flag" else 2
        out.append(f'<g class="seek" data-t="{start:.2f}" tabindex="0"><title>{escape(label)}</title>'
                   f'<rect x="{_f(x)}" y="{y}" width="{_f(w)}" height="14" rx="3" fill="{colour}"/>')
        if kind != "flag":
            out.append(f'<text x="{_f(x)}" y="30" font-size="10" fill="#444">{escape(label[:14])}</text>')
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))
