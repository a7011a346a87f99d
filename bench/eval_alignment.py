"""Alignment accuracy on the evaluation corpus (bench/eval/calls), callqa vs a plain baseline.

    python bench/eval_alignment.py                  # figures for every split not in UNSCORED, ru / en / all
    python bench/eval_alignment.py --split train    # figures for one split only (tune on train)
    python bench/eval_alignment.py --split dev      # unseen wording, for checking generalisation while tuning
    python bench/eval_alignment.py --tune           # grid-search thresholds on TRAIN only, print the best
    python bench/eval_alignment.py --errors dev     # list the calls callqa gets wrong in a split
    python bench/eval_alignment.py --json out.json  # the figures as JSON too

Splits: train (tune on it), dev (fresh wording: look at it while tuning, e.g.
`--split dev --errors dev`), test and test2 … test26 (held out: each made after
the one before was scored, and scored once with the code of its round; one not
scored yet stays in UNSCORED). Which commit scored each, and whether and how it
was tuned on since, is in bench/eval/README.md.

Each call is `<id>.json` (transcript made by `callqa transcribe` from TTS audio
through a phone-line filter) beside `<id>.truth.json` (docs/TEAM_CONTRACTS.md).

Metrics (DESIGN.md definitions):
- stage detection P/R/F1 over (call, stage) pairs: detected = status hit or
  out_of_order, truth = stages_spoken;
- out-of-order F1 over (call, stage) pairs;
- stalled_at accuracy and outcome accuracy over calls.

Baseline: rapidfuzz token_set_ratio of each script phrase against each single
utterance (lowercased, any speaker), a stage detected when its best score
reaches a threshold tuned on the very calls it is scored on (so it is an
upper bound for that method); out-of-order = a detected stage found before a
detected stage that precedes it in the script; outcome = the outcome class with
the best-scoring phrase anywhere (none below the threshold); stalled_at = the
furthest detected progress stage unless the outcome is a success.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from callqa.align import analyze  # noqa: E402
from callqa.records import AlignOptions, Script, Transcript  # noqa: E402
from callqa.scripts import fill_variables, load_library  # noqa: E402
from callqa.transcript_json import load_transcripts  # noqa: E402

CALLS = ROOT / "bench" / "eval" / "calls"
SPLITS = ("train", "dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
          "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17",
          "test18", "test19", "test20", "test21", "test22", "test23", "test24", "test25",
          "test26")
# held-out splits not scored yet: a run without --split leaves them out, and so does the speed
# benchmark; they are scored by naming them (--split), once, and then leave this tuple
UNSCORED: tuple[str, ...] = ("test26",)


@dataclass(frozen=True)
class Call:
    call_id: str
    lang: str
    split: str
    script: Script
    transcript: Transcript
    truth: dict


@dataclass(frozen=True)
class Pred:
    detected: frozenset[str]
    out_of_order: frozenset[str]
    stalled_at: str | None
    outcome: str
    objections: tuple[str, ...] = ()


def load_calls(folder: Path) -> list[Call]:
    library = load_library(ROOT / "scripts_library")
    calls = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        call_id = truth_path.name[: -len(".truth.json")]
        tpath = folder / f"{call_id}.json"
        if not tpath.is_file():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        t = load_transcripts(tpath)[0]
        calls.append(Call(call_id, truth["language"], truth["split"], library[truth["script"]], t, truth))
    return calls


# --------------------------------------------------------------------------- predictors
def callqa_predict(call: Call, opts: AlignOptions) -> Pred:
    a = analyze(call.transcript, call.script, opts, call_id=call.call_id)
    return Pred(
        frozenset(s.id for s in a.stages if s.status in ("hit", "out_of_order")),
        frozenset(s.id for s in a.stages if s.status == "out_of_order"),
        a.stalled_at, a.outcome, tuple(o.cls for o in a.objections),
    )


@dataclass
class BaselineScores:
    stage: dict[str, tuple[float, int]]  # stage → (best score, utterance index)
    outcome: dict[str, tuple[float, int]]


def baseline_scores(call: Call) -> BaselineScores:
    texts = [u.text.lower() for u in call.transcript.utterances] or [""]

    def best(phrases):
        ph = [fill_variables(p, call.script).lower() for p in phrases]
        m = process.cdist(ph, texts, scorer=fuzz.token_set_ratio)
        k = int(m.max(axis=0).argmax())
        return float(m.max()), k

    return BaselineScores({s.id: best(s.phrases) for s in call.script.stages},
                          {name: best(ph) for name, ph in call.script.outcomes})


def baseline_predict(call: Call, sc: BaselineScores, thr: float, out_thr: float) -> Pred:
    det = {sid for sid, (score, _) in sc.stage.items() if score >= thr}
    order = [s.id for s in call.script.stages]
    ooo = set()
    for a, b in itertools.combinations([s for s in order if s in det], 2):  # a before b in the script
        if sc.stage[b][1] < sc.stage[a][1]:
            ooo.add(b)
    name, (score, _) = max(sc.outcome.items(), key=lambda kv: kv[1][0])
    outcome = name if score >= out_thr else "none"
    progress = [s.id for s in call.script.stages if s.progress and s.id in det]
    stalled = None if outcome in call.script.success_outcomes else (progress[-1] if progress else None)
    return Pred(frozenset(det), frozenset(ooo), stalled, outcome)


# --------------------------------------------------------------------------- metrics
def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def metrics(calls: list[Call], preds: list[Pred]) -> dict:
    tp = fp = fn = otp = ofp = ofn = stall_ok = out_ok = jtp = jfp = jfn = 0
    for c, p in zip(calls, preds):
        # objections as multisets of classes per call
        want, got = Counter(c.truth.get("objections", [])), Counter(p.objections)
        jtp += sum((want & got).values())
        jfp += sum((got - want).values())
        jfn += sum((want - got).values())
        truth = set(c.truth["stages_spoken"])
        tp += len(p.detected & truth)
        fp += len(p.detected - truth)
        fn += len(truth - p.detected)
        tooo = set(c.truth["out_of_order"])
        otp += len(p.out_of_order & tooo)
        ofp += len(p.out_of_order - tooo)
        ofn += len(tooo - p.out_of_order)
        stall_ok += p.stalled_at == c.truth["stalled_at"]
        out_ok += p.outcome == c.truth["outcome"]
    n = max(1, len(calls))
    sp, sr, sf = prf(tp, fp, fn)
    _, _, of = prf(otp, ofp, ofn)
    return {"calls": len(calls), "stage_p": sp, "stage_r": sr, "stage_f1": sf, "ooo_f1": of,
            "ooo_truth": otp + ofn, "stalled_acc": stall_ok / n, "outcome_acc": out_ok / n,
            "objection_f1": prf(jtp, jfp, jfn)[2]}


def groups(calls: list[Call]) -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(calls):
        for split in (c.split, "all"):
            for lang in (c.lang, "all"):
                out[(split, lang)].append(i)
    return out


def tune_baseline(calls: list[Call], scores: list[BaselineScores]) -> tuple[float, float]:
    best_stage = max(np.arange(40, 100.5, 1.0),
                     key=lambda t: metrics(calls, [baseline_predict(c, s, t, 101) for c, s in zip(calls, scores)])["stage_f1"])
    best_out = max(np.arange(40, 100.5, 1.0),
                   key=lambda t: metrics(calls, [baseline_predict(c, s, best_stage, t) for c, s in zip(calls, scores)])["outcome_acc"])
    return float(best_stage), float(best_out)


# --------------------------------------------------------------------------- output
COLS = ("calls", "stage_p", "stage_r", "stage_f1", "ooo_f1", "stalled_acc", "outcome_acc", "objection_f1")


def table(rows: list[tuple[str, dict]]) -> str:
    head = f"{'':30}" + "".join(f"{c:>13}" for c in COLS)
    lines = [head]
    for name, m in rows:
        cells = "".join(f"{m[c]:>13}" if c == "calls" else f"{m[c]:>13.3f}" for c in COLS)
        lines.append(f"{name:30}{cells}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=Path, default=CALLS)
    ap.add_argument("--tune", action="store_true", help="grid-search callqa thresholds on the train split")
    ap.add_argument("--errors", choices=SPLITS, help="list wrong calls of this split")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all",
                    help="only compute and print figures for this split (train while tuning)")
    args = ap.parse_args()
    if args.errors:
        if args.split not in ("all", args.errors):
            sys.exit(f"--errors {args.errors} with --split {args.split}: nothing to show")
        # listing one split's errors must not print another split's figures (test stays unread)
        args.split = args.errors

    calls = load_calls(args.calls)
    if args.split != "all":
        calls = [c for c in calls if c.split == args.split]
    else:
        calls = [c for c in calls if c.split not in UNSCORED]
    if not calls:
        sys.exit(f"no calls with truth in {args.calls}")
    opts = AlignOptions()
    if args.tune:
        tune(calls, opts)
        return

    t0 = time.perf_counter()
    preds = [callqa_predict(c, opts) for c in calls]
    elapsed = time.perf_counter() - t0
    bscores = [baseline_scores(c) for c in calls]
    out: dict = {"options": opts.__dict__ | {"stage_overrides": list(opts.stage_overrides)}, "callqa": {},
                 "baseline": {}}
    rows, brows = [], []
    g = groups(calls)
    for split in SPLITS:
        for lang in ("ru", "en", "all"):
            idx = g.get((split, lang), [])
            if not idx:
                continue
            sub = [calls[i] for i in idx]
            m = metrics(sub, [preds[i] for i in idx])
            # the baseline gets thresholds tuned on exactly the calls it is scored on
            bs = [bscores[i] for i in idx]
            thr, othr = tune_baseline(sub, bs)
            bm = metrics(sub, [baseline_predict(c, s, thr, othr) for c, s in zip(sub, bs)])
            bm["threshold"], bm["outcome_threshold"] = thr, othr
            rows.append((f"callqa   {split:5} {lang}", m))
            brows.append((f"baseline {split:5} {lang} (t={thr:.0f}/{othr:.0f})", bm))
            out["callqa"][f"{split}/{lang}"] = m
            out["baseline"][f"{split}/{lang}"] = bm
    print(table(rows + brows))
    print(f"\n{len(calls)} calls analysed in {elapsed:.2f} s ({len(calls) / elapsed:.0f} calls/s, flags included)")
    if args.errors:
        show_errors([c for c in calls if c.split == args.errors], opts)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


def show_errors(calls: list[Call], opts: AlignOptions) -> None:
    for c in calls:
        a = analyze(c.transcript, c.script, opts, call_id=c.call_id)
        p = callqa_predict(c, opts)
        truth = set(c.truth["stages_spoken"])
        problems = []
        if p.detected - truth:
            problems.append(f"false stages {sorted(p.detected - truth)}")
        if truth - p.detected:
            problems.append(f"missed stages {sorted(truth - p.detected)}")
        if p.out_of_order != set(c.truth["out_of_order"]):
            problems.append(f"ooo {sorted(p.out_of_order)} vs {c.truth['out_of_order']}")
        if p.stalled_at != c.truth["stalled_at"]:
            problems.append(f"stalled {p.stalled_at} vs {c.truth['stalled_at']}")
        if p.outcome != c.truth["outcome"]:
            problems.append(f"outcome {p.outcome} vs {c.truth['outcome']}")
        if problems:
            print(f"\n{c.call_id} ({c.lang}, {c.truth.get('pattern')}, {c.truth.get('channels')}): " + "; ".join(problems))
            for s in a.stages:
                print(f"    {s.id:15} {s.status:12} {s.score:5.1f}  {(s.evidence or '')[:90]}")


def tune(calls: list[Call], base: AlignOptions) -> None:
    """Grid search on the train split only; the test split is never looked at here."""
    train = [c for c in calls if c.split == "train"]
    print(f"tuning on {len(train)} train calls")
    results = []
    for thr in (60, 65, 70, 75, 80):
        for othr in (70, 75, 80, 85):
            opts = replace(base, threshold=float(thr), outcome_threshold=float(othr))
            m = metrics(train, [callqa_predict(c, opts) for c in train])
            results.append((m["stage_f1"] + m["stalled_acc"] + m["outcome_acc"] + 0.5 * m["ooo_f1"], thr, othr, m))
    results.sort(key=lambda r: -r[0])
    for total, thr, othr, m in results[:10]:
        print(f"threshold={thr} outcome_threshold={othr}  sum={total:.3f}  "
              + " ".join(f"{k}={m[k]:.3f}" for k in ("stage_f1", "ooo_f1", "stalled_acc", "outcome_acc")))


if __name__ == "__main__":
    main()
