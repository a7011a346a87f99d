"""Make the demo recordings in recordings/demo/ (audio, manifest.csv, README.md).

    /work/venv/bin/python tools/make_demo.py [--out recordings/demo] [--seed 4]

28 synthetic calls (16 Russian against ru-b2b-cold, 12 English against
en-saas-demo) from the evaluation corpus's dialogue generator with its own
seed, phone-filtered, stereo and mono, in mixed formats, with planted patterns
for the reports to find (listed in the README this writes). Needs festival +
festvox-ru, espeak-ng, sox and ffmpeg.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tools"), str(ROOT / "bench" / "eval")]
import dialogues_gen as gen  # noqa: E402
import tts  # noqa: E402
from make_corpus import fit_length  # noqa: E402

MANIFEST_COLUMNS = ("file", "call_id", "operator", "started_at", "script", "client_segment", "outcome",
                    "operator_channel", "client_id")
FIRST_DAY = datetime(2026, 10, 12, 9, 0)  # a Monday; calls spread over six weeks from here
WEEKS = 6


@dataclass(frozen=True)
class Operator:
    login: str
    name: str        # the name said in the greeting
    lang: str
    voice: int       # index into tts.RU_VOICES / EN_VOICES
    skips: tuple[str, ...] = ()


OPERATORS = {
    "ivanova": Operator("ivanova", "Анна", "ru", 0),
    "petrov": Operator("petrov", "Сергей", "ru", 2),
    # planted: never asks about needs
    "sidorov": Operator("sidorov", "Дмитрий", "ru", 4, skips=("needs",)),
    "smith": Operator("smith", "Sarah", "en", 2),
    # en-gb: the rp voice's greetings came back from Whisper as nonsense
    "brown": Operator("brown", "James", "en", 1),
}


@dataclass(frozen=True)
class DemoCall:
    call_id: str
    operator: str
    pattern: str
    fmt: str                      # ulaw | mp3 | opus | flac | m4a
    channels: str = "stereo"
    stall: str | None = None      # stage id for pattern "stall"
    outcome: str | None = None    # forced success outcome for complete/skip
    slips: tuple[str, ...] = ()
    client_id: str = ""
    segment: str = "cold"
    crm_outcome: str | None = None  # when the CRM disagrees with the call
    operator_right: bool = False  # stereo with the operator on the right channel
    refuse: bool = True           # a stalled call ends in a refusal rather than a hang-up
    in_manifest: bool = True
    note: str = ""


CALLS = (
    # --- Russian: price is where calls die; sidorov never asks about needs
    DemoCall("demo-ru-01", "ivanova", "complete", "mp3", outcome="meeting", client_id="C-1001", segment="warm",
             note="follow-up of demo-ru-04"),
    DemoCall("demo-ru-02", "ivanova", "stall", "opus", stall="price", client_id="C-1002"),
    DemoCall("demo-ru-03", "ivanova", "stall", "m4a", stall="price", client_id="C-1003", crm_outcome="callback",
             note="CRM says callback"),
    DemoCall("demo-ru-04", "ivanova", "callback", "ulaw", channels="mono", client_id="C-1001"),
    DemoCall("demo-ru-05", "ivanova", "stall", "mp3", channels="mono", stall="permission", client_id="C-1004"),
    DemoCall("demo-ru-06", "petrov", "stall", "opus", stall="price", slips=("discount",), client_id="C-1005",
             note="25 % discount offered (policy: 10 %)"),
    DemoCall("demo-ru-07", "petrov", "complete", "mp3", outcome="sale", client_id="C-1006", segment="hot",
             note="follow-up of demo-ru-14"),
    DemoCall("demo-ru-08", "petrov", "stall", "flac", channels="mono", stall="price", client_id="C-1007"),
    DemoCall("demo-ru-09", "petrov", "out_of_order", "m4a", outcome="meeting", client_id="C-1008", segment="warm"),
    DemoCall("demo-ru-10", "petrov", "stall", "mp3", stall="price", client_id="C-1009", operator_right=True,
             note="stereo with the operator on the RIGHT channel"),
    DemoCall("demo-ru-11", "sidorov", "complete", "opus", outcome="meeting", client_id="C-1010", segment="warm"),
    DemoCall("demo-ru-12", "sidorov", "stall", "mp3", stall="price", client_id="C-1011", refuse=False),
    DemoCall("demo-ru-13", "sidorov", "stall", "m4a", channels="mono", stall="price",
             slips=("personal_contact",), client_id="C-1012", note="moves the client to his personal Telegram/number"),
    DemoCall("demo-ru-14", "sidorov", "callback", "opus", client_id="C-1006"),
    DemoCall("demo-ru-15", "sidorov", "stall", "mp3", stall="price", client_id="C-1013"),
    DemoCall("demo-ru-16", "ivanova", "stall", "mp3", channels="mono", stall="needs", client_id="C-1014"),
    # --- English
    DemoCall("demo-en-01", "smith", "complete", "mp3", outcome="meeting", client_id="C-2001", segment="warm",
             note="follow-up of demo-en-04"),
    DemoCall("demo-en-02", "smith", "complete", "opus", outcome="sale", client_id="C-2002", segment="hot"),
    DemoCall("demo-en-03", "smith", "stall", "mp3", channels="mono", stall="discovery", client_id="C-2003"),
    DemoCall("demo-en-04", "smith", "callback", "m4a", client_id="C-2001", segment="warm"),
    DemoCall("demo-en-05", "smith", "skip", "flac", channels="mono", client_id="C-2004", segment="warm"),
    DemoCall("demo-en-06", "smith", "stall", "opus", stall="closing", slips=("personal_contact",),
             client_id="C-2005", crm_outcome="meeting", note="WhatsApp slip; CRM says meeting"),
    DemoCall("demo-en-07", "brown", "complete", "mp3", outcome="meeting", slips=("discount",), client_id="C-2006",
             segment="hot", note="25 % discount offered (policy: 15 %)"),
    DemoCall("demo-en-08", "brown", "stall", "m4a", stall="presentation", client_id="C-2007", refuse=False),
    DemoCall("demo-en-09", "brown", "out_of_order", "opus", client_id="C-2008", segment="warm"),
    DemoCall("demo-en-10", "brown", "stall", "ulaw", channels="mono", stall="pricing", client_id="C-2009"),
    DemoCall("demo-en-11", "brown", "complete", "mp3", outcome="callback", client_id="C-2010"),
    DemoCall("demo-en-12", "brown", "stall", "m4a", channels="mono", stall="permission", client_id="C-2011",
             in_manifest=False, note="no manifest row and a name without metadata"),
)
EXT = {"ulaw": "wav", "mp3": "mp3", "opus": "ogg", "flac": "flac", "m4a": "m4a"}
# follow-ups must come after the call they follow
FOLLOW_UPS = {"demo-ru-01": "demo-ru-04", "demo-ru-07": "demo-ru-14", "demo-en-01": "demo-en-04"}


def call_times(rng: np.random.Generator) -> dict[str, datetime]:
    """Working-day times spread over six weeks, follow-ups after their first call."""
    times: dict[str, datetime] = {}
    for c in CALLS:
        day = int(rng.integers(0, WEEKS * 7))
        while (FIRST_DAY + timedelta(days=day)).weekday() >= 5:
            day = int(rng.integers(0, WEEKS * 7))
        times[c.call_id] = FIRST_DAY + timedelta(days=day, minutes=int(rng.integers(0, 8 * 60)),
                                                 seconds=int(rng.integers(0, 60)))
    for later, first in FOLLOW_UPS.items():
        if times[later] <= times[first]:
            times[later] = times[first] + timedelta(days=int(rng.integers(3, 10)), hours=1)
            while times[later].weekday() >= 5:
                times[later] += timedelta(days=1)
    return times


def render(c: DemoCall, seed: int, synth: tts.Synth, work: Path, out: Path, when: datetime) -> dict:
    op = OPERATORS[c.operator]
    d = gen.LANGS[op.lang]
    rng = np.random.default_rng([seed, int(c.call_id[-2:]), op.lang == "ru"])
    stall = d.ROLES.get(c.stall, c.stall) if c.stall else None
    plan = gen.plan_call(d, rng, call_id=c.call_id, pattern=c.pattern, split="all", channels=c.channels,
                         stall_stage=stall, force_skip=op.skips, outcome=c.outcome, slips=c.slips,
                         operator_name=op.name, refuse=c.refuse)
    cast = tts.RU_VOICES if op.lang == "ru" else tts.EN_VOICES
    op_voice = cast[op.voice]
    cl_voice = cast[int(rng.choice([i for i in range(len(cast)) if i != op.voice]))]

    def say(line: gen.Line) -> np.ndarray:
        return synth.say(line.text, op_voice if line.speaker == "operator" else cl_voice)

    def voiced(ls: list[gen.Line]) -> list[tuple[str, tts.Voice]]:
        return [(l.text, op_voice if l.speaker == "operator" else cl_voice) for l in ls]

    synth.prepare(voiced(plan.lines))
    synth.prepare(voiced([gen.Line("client", t, "") for t in d.HOLD_START + d.HOLD_END]
                         + [gen.Line(s, t, "") for pair in d.LINE_CHECK for s, t in zip(("operator", "client"), pair)]))
    # demo calls are kept a little shorter than the corpus's so the audio stays small
    lines = fit_length(d, plan.lines, say, rng, lo=40.0, hi=95.0)
    tl = tts.lay_out(lines, say, rng)
    left, right = tl.channels()
    if c.operator_right:
        left, right = right, left
    wav = work / f"{c.call_id}.wav"
    tts.phone_line(left, right, wav, stereo=c.channels == "stereo", rng=rng)
    name = (f"{when:%Y-%m-%d}_{c.operator}_{c.call_id}" if c.in_manifest else "call_from_pbx_export")
    dst = out / f"{name}.{EXT[c.fmt]}"
    tts.encode(wav, dst, c.fmt)
    truth = plan.truth(d)
    truth.update(file=dst.name, duration=round(tl.t, 1), slips=list(c.slips))
    return truth


def manifest_rows(truths: dict[str, dict], times: dict[str, datetime]) -> list[dict]:
    rows = []
    for c in CALLS:
        if not c.in_manifest:
            continue
        t = truths[c.call_id]
        rows.append({
            "file": t["file"], "call_id": c.call_id, "operator": c.operator,
            "started_at": times[c.call_id].isoformat(timespec="seconds"), "script": t["script"],
            "client_segment": c.segment, "outcome": c.crm_outcome or t["outcome"],
            "operator_channel": "mono" if c.channels == "mono" else ("right" if c.operator_right else "left"),
            "client_id": c.client_id,
        })
    rows.sort(key=lambda r: r["started_at"])
    return rows


def write_readme(out: Path, truths: dict[str, dict], times: dict[str, datetime], size: int) -> None:
    lines = [
        "# Demo recordings",
        "",
        f"{len(CALLS)} synthetic sales calls made by `tools/make_demo.py` (festival for Russian, espeak-ng for",
        "English, phone filter `highpass 300 lowpass 3400`, 8 kHz) — no real customer audio. 16 Russian calls",
        "follow `ru-b2b-cold`, 12 English calls `en-saas-demo`. Stereo files have the operator on the left",
        "(except one, see below), mono files mix both parties. Formats: WAV μ-law 8 kHz, MP3, Ogg/Opus",
        f"(32 kbit/s, no channel leakage), FLAC, M4A (AAC). Total audio: {size / 1e6:.1f} MB.",
        "",
        "Regenerate (byte-identical for the same seed, up to encoder versions):",
        "",
        "    /work/venv/bin/python tools/make_demo.py            # --seed 4 --out recordings/demo",
        "",
        "`manifest.csv` has the columns of spec/interfaces.md: 5 operators (ivanova, petrov, sidorov on the",
        "Russian script; smith, brown on the English one), calls over six weeks from 2026-10-12, client",
        "segments cold/warm/hot, the CRM's outcome, the operator channel, and client ids.",
        "",
        "## Planted patterns (what the reports should find)",
        "",
        "- **Calls die at `price` (ru-b2b-cold).** Of the Russian calls that reach the price, most end there",
        "  without success (refusal, hang-up or no outcome), usually after a price objection; calls stall",
        "  elsewhere only once or twice. The weak-stage report should flag `price`.",
        "- **sidorov never asks about needs.** All five of his calls skip the `needs` stage (the others ask it",
        "  whenever the call gets that far); his per-operator report should show `needs` missed.",
        "- **Compliance slips.** demo-ru-06 (petrov) and demo-en-07 (brown) offer a 25 % discount (policy: 10 %",
        "  and 15 %); demo-ru-13 (sidorov) and demo-en-06 (smith) move the client to a personal channel (Telegram and his own number;",
        "  WhatsApp).",
        "- **CRM disagrees with the call.** demo-ru-03: the call shows no success but the CRM says `callback`;",
        "  demo-en-06: the call ends without success but the CRM says `meeting`.",
        "- **Operator on the right channel.** demo-ru-10 is stereo with the channels swapped; its manifest row",
        "  says `operator_channel=right`.",
        "- **Repeat clients.** C-1001 (demo-ru-04 callback → demo-ru-01 meeting), C-1006 (demo-ru-14 callback →",
        "  demo-ru-07 sale), C-2001 (demo-en-04 callback → demo-en-01 meeting).",
        "- **A file without metadata.** `call_from_pbx_export.m4a` (demo-en-12) has no manifest row and a name",
        "  that does not follow the filename pattern: it is still analysed (operator `unknown`).",
        "",
        "## Every call (the truth the generator planned)",
        "",
        "| call | file | operator | lang | ch | pattern | stages spoken | outcome | stalled at | objections | CRM | note |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in CALLS:
        t = truths[c.call_id]
        lines.append(
            f"| {c.call_id} | `{t['file']}` | {c.operator} | {t['language']} | {c.channels} | {c.pattern} | "
            f"{' '.join(t['stages_spoken'])} | {t['outcome']} | {t['stalled_at'] or '—'} | "
            f"{', '.join(t['objections']) or '—'} | {(c.crm_outcome or t['outcome']) if c.in_manifest else '—'} | "
            f"{c.note} |")
    price_reached = [t for t in truths.values() if t["language"] == "ru" and "price" in t["stages_spoken"]]
    price_stalled = [t for t in price_reached if t["stalled_at"] == "price"]
    lines += ["", f"Russian calls reaching `price`: {len(price_reached)}, stalled there: {len(price_stalled)}.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "recordings" / "demo")
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--cache", type=Path, default=tts.DEFAULT_CACHE)
    args = ap.parse_args()
    tts.check_tools("festival", "espeak-ng", "sox", "ffmpeg")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.suffix.lower() in (".wav", ".mp3", ".ogg", ".flac", ".m4a"):
            old.unlink()
    synth = tts.Synth(args.cache)
    times = call_times(np.random.default_rng([args.seed, 0]))
    truths: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for c in CALLS:
            truths[c.call_id] = render(c, args.seed, synth, Path(tmp), out, times[c.call_id])
            t = truths[c.call_id]
            print(f"{c.call_id} {t['file']:44} {t['duration']:5.1f} s {t['outcome']:8} "
                  f"stalled_at={t['stalled_at']} {' '.join(t['stages_spoken'])}", flush=True)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(manifest_rows(truths, times))
    (out / "manifest.csv").write_text(buf.getvalue(), encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir() if p.suffix.lower() in (".wav", ".mp3", ".ogg", ".flac", ".m4a"))
    write_readme(out, truths, times, size)
    print(f"{out}: {len(CALLS)} calls, {size / 1e6:.2f} MB of audio")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
