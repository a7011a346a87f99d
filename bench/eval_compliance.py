"""Measure redaction and compliance flags on the labelled set in bench/compliance/.

    /work/venv/bin/python bench/eval_compliance.py [--split train|test|test2|test3|...|all] [--errors N]
        [--data DIR]

Redaction (synthetic text with gold spans): a gold item is found when
redactions of its type cover at least 80 % of its non-space characters; a
redaction is correct when at least half of it lies inside gold items of its
type. TTS-transcribed texts (bench/compliance/tts_pii.jsonl, when present)
have no spans, so each text counts found = min(gold, predicted) per type.

TTS texts are also scored on what a reader of the stored text could learn, since
the recogniser often destroys a dictated value before redaction sees it ("card
number I'm 60, I'm 60 ..."): an item *reached* the transcript when its
identifying part is in the recognised text, and *leaks* when it is still there,
in clear, after redaction. A phone: at least 7 of its digits in order (a local
number); a card: at least 11 in order (more than the first six and last four a
receipt may show); an e-mail: every word of its local part of two letters or
more, each as a recognised word at rapidfuzz ratio >= 80. "Recall where it
reached" is 1 - leaked/reached. Digits are read as redaction reads them, so a
"seven" the recogniser glued into a number as "M" ("2M6404261M215805") counts
(since round 77; before it such a number was neither reached nor leaked).

Rules: per case and rule, flagged or not, against the gold label; a label
of null means "either is right" (a personal-channel sentence that is not one
of the script's forbidden phrases may or may not fuzzy-match them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import LCSseq  # noqa: E402

from callqa import privacy, rules  # noqa: E402
from callqa.nlp import numbers_to_digits  # noqa: E402
from callqa.records import Transcript, Utterance  # noqa: E402
from callqa.scripts import resolve_script  # noqa: E402

DATA = ROOT / "bench" / "compliance"
RULES = ("discount", "personal_channel", "forbidden:personal_contact", "forbidden:pressure")


def _load(name: str) -> list[dict]:
    path = DATA / name
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def _covered(a: int, b: int, spans: list[tuple[int, int]], text: str) -> float:
    want = [i for i in range(a, b) if not text[i].isspace()]
    if not want:
        return 1.0
    hit = sum(1 for i in want if any(s <= i < e for s, e in spans))
    return hit / len(want)


def eval_pii(rows: list[dict], errors: list[str]) -> dict[str, list[int]]:
    """type -> [tp_recall, n_gold, tp_precision, n_pred]"""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        text = r["text"]
        pred = privacy.find_pii(text, r["lang"])
        if "items" in r and r.get("source") == "synthetic":
            for kind in privacy.KINDS:
                gold = [(g["start"], g["end"]) for g in r["items"] if g["type"] == kind]
                mine = [(p.start, p.end) for p in pred if p.kind == kind]
                for s, e in gold:
                    ok = _covered(s, e, mine, text) >= 0.8
                    acc[kind][0] += ok
                    acc[kind][1] += 1
                    if not ok:
                        errors.append(f"MISS {kind} {r['id']}: {text[s:e]!r} in {text!r}")
                for s, e in mine:
                    ok = _covered(s, e, gold, text) >= 0.5
                    acc[kind][2] += ok
                    acc[kind][3] += 1
                    if not ok:
                        errors.append(f"FP   {kind} {r['id']}: {text[s:e]!r} in {text!r}")
        else:  # transcribed: counts only
            for kind in privacy.KINDS:
                n_gold = sum(1 for g in r["items"] if g["type"] == kind)
                n_pred = sum(1 for p in pred if p.kind == kind)
                tp = min(n_gold, n_pred)
                acc[kind][0] += tp
                acc[kind][1] += n_gold
                acc[kind][2] += tp
                acc[kind][3] += n_pred
                if tp < n_gold or tp < n_pred:
                    errors.append(f"TTS  {kind} {r['id']}: gold {n_gold} found {n_pred} in "
                                  f"{privacy.redact_text(text, r['lang'])[0]!r}")
    return acc


# how much of a value must be legible for it to identify a client (see the docstring)
_LEGIBLE_DIGITS = {"phone": 7, "card": 11}
_MAIL_CUES = {"почта", "на", "is", "to", "email", "mail"}
_LOCAL_JOINERS = {"dot", "dash", "underscore", "hyphen", "точка", "дефис", "нижнее", "подчеркивание"}


def _digit_runs(text: str) -> list[str]:
    toks = privacy._tokens(text.lower())
    return ["".join(c.digits for c in chunks) for _, chunks, _, _ in privacy._number_runs(toks)]


def _local_words(spoken: str, lang: str) -> list[str]:
    """The words of the spoken e-mail's local part ("email is emily underscore davis at ..." -> emily, davis).

    The "at" is the one before the domain ("one letter at a time, rosalind at shiftpilot.com"
    has two), and the local part starts after the last comma before it.
    """
    at = r"\b(?:собака|собачка)\b" if lang == "ru" else r"\bat\b"
    low = spoken.lower()
    domain = re.compile(r"\W*(?:\w+\W+){0,3}?\w*(?:\.|\bdot\b|\bточка\b)")
    ats = [m for m in re.finditer(at, low) if domain.match(low[m.end():])]
    cut = ats[-1] if ats else re.search(at, low)
    before = low[:cut.start()] if cut else low
    head = re.findall(r"[^\W\d_]+", before.split(",")[-1])
    # the local part follows the last word that introduces the address
    cues = [i for i, w in enumerate(head) if w in _MAIL_CUES]
    local = head[cues[-1] + 1:] if cues else head
    return [w for w in local if w not in _LOCAL_JOINERS and len(w) >= 2]


def _legible(kind: str, row: dict, text: str) -> bool:
    """Is the row's `kind` value still legible in `text` (see the module docstring)?"""
    if kind in _LEGIBLE_DIGITS:
        gold = max(_digit_runs(row["spoken"]), key=len, default="")
        return LCSseq.similarity(gold, "".join(_digit_runs(text))) >= _LEGIBLE_DIGITS[kind]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    local = _local_words(row["spoken"], row["lang"])
    return bool(local) and all(any(fuzz.ratio(w, h) >= 80 for h in words) for w in local)


def eval_leaks(rows: list[dict], errors: list[str]) -> dict[str, list[int]]:
    """type -> [gold items, reached the transcript, leaked after redaction] (TTS rows, one item per type)."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        redacted = privacy.redact_text(r["text"], r["lang"])[0]
        for kind in ("phone", "email", "card"):
            if not any(g["type"] == kind for g in r["items"]):
                continue
            reached, leaked = _legible(kind, r, r["text"]), _legible(kind, r, redacted)
            acc[kind][0] += 1
            acc[kind][1] += reached
            acc[kind][2] += leaked
            if leaked:
                errors.append(f"LEAK {kind} {r['id']}: {redacted!r}")
    return acc


def _digits_kept(r: dict) -> bool:
    """A transcribed phone or card text whose number reached the text as digits."""
    kinds = {g["type"] for g in r["items"]}
    n = sum(ch.isdigit() for ch in r["text"])
    return ("phone" in kinds and n >= 7) or ("card" in kinds and n >= 12)


# a half said in words, in any form the speaker or the recogniser gives it ("вдвои", "halve")
_HALF_WORDS = re.compile(r"половин|полцен|полстоимост|пополам|вдво|в\s+два\s+раза|half|halv|fifty")


def amount_reached(r: dict) -> bool:
    """A discount case whose offered amount reached the transcript: some operator utterance still
    holds the number (spoken numbers read as digits) or, for 50, a half in words. Read without
    the rules, so that changing them does not move what counts as reached."""
    amount = r.get("amount")
    if amount is None:
        return False
    for u in r["utterances"]:
        if u["speaker"] == "client":
            continue
        low = u["text"].lower()
        if re.search(rf"(?<![\d.,]){int(amount)}(?![\d])", numbers_to_digits(low, r["lang"])):
            return True
        if amount == 50 and _HALF_WORDS.search(low):
            return True
    return False


def eval_rules(rows: list[dict], errors: list[str]) -> tuple[dict[str, list[int]], Counter[str]]:
    """rule -> [tp, fp, fn, tn]; and discount counts: "flagged" true positives, of them "right"
    with the spoken amount; of the spoken "offers", those whose amount "reached" the transcript,
    of them "reached_flagged"."""
    scripts = {sid: resolve_script(sid, str(ROOT / "scripts_library")) for sid in {r["script"] for r in rows}}
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    amounts: Counter[str] = Counter()
    for r in rows:
        utts = tuple(Utterance(u["speaker"], u["start"], u["end"], u["text"]) for u in r["utterances"])
        t = Transcript(r["lang"], utts[-1].end if utts else 0.0, utts)
        flags = rules.check(t, scripts[r["script"]])
        fired = {f.rule for f in flags}
        for rule in RULES:
            gold = r["gold"].get(rule, False)
            if gold is None:
                continue
            got = rule in fired
            acc[rule][0 if got and gold else 1 if got else 2 if gold else 3] += 1
            if got != gold:
                said = " | ".join(f"{u.speaker[0]}: {u.text}" for u in utts[-2:])
                errors.append(f"{'FP' if got else 'FN'} {rule} {r['id']}: {said}")
        if r["gold"].get("discount") and "discount" in fired:
            amounts["flagged"] += 1
            amounts["right"] += any(f.amount == r.get("amount") for f in flags if f.rule == "discount")
        if r["gold"].get("discount") and r["source"] == "tts":
            amounts["offers"] += 1
            if amount_reached(r):
                amounts["reached"] += 1
                amounts["reached_flagged"] += "discount" in fired
    return acc, amounts


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def report(split: str, show_errors: int) -> None:
    pii = [r for r in _load("pii.jsonl") + _load("tts_pii.jsonl") if split in ("all", r["split"])]
    cases = [r for r in _load("rules.jsonl") + _load("tts_rules.jsonl") if split in ("all", r["split"])]
    errors: list[str] = []
    t0 = time.perf_counter()
    for source in ("synthetic", "tts"):
        rows = [r for r in pii if r["source"] == source]
        if not rows:
            continue
        parts = [("", rows)]
        if source == "tts":
            # where the speech was lost before any redaction could see it: by language, and
            # the texts in which the recogniser kept the number as digits (at least 7 for a
            # phone, 12 for a card: the rest of the digits became words like "time" or "nero")
            parts += [(f", {lang}", [r for r in rows if r["lang"] == lang]) for lang in ("ru", "en")]
            parts.append((", digits kept", [r for r in rows if _digits_kept(r)]))
        for label, sub in parts:
            acc = eval_pii(sub, errors if not label else [])
            legibility = source == "tts" and label != ", digits kept"
            leaks = eval_leaks(sub, errors if not label else []) if legibility else {}
            print(f"\nRedaction, {split}, {source}{label} ({len(sub)} texts)")
            print(f"  {'type':<8}{'gold':>6}{'recall':>9}{'pred':>6}{'precision':>11}", end="")
            print(f"{'reached':>9}{'recall':>9}{'leaked':>8}" if legibility else "")
            for kind in privacy.KINDS:
                if label == ", digits kept" and kind not in ("phone", "card"):
                    continue
                tp_r, n_gold, tp_p, n_pred = acc[kind]
                print(f"  {kind:<8}{n_gold:>6}{_fmt(tp_r / n_gold if n_gold else None):>9}{n_pred:>6}"
                      f"{_fmt(tp_p / n_pred if n_pred else None):>11}", end="")
                if kind in leaks:
                    n, reached, leaked = leaks[kind]
                    print(f"{reached:>9}{_fmt(1 - leaked / reached if reached else None):>9}{leaked:>8}", end="")
                print()
    for source in ("synthetic", "tts"):
        rows = [r for r in cases if r["source"] == source]
        if not rows:
            continue
        acc, amounts = eval_rules(rows, errors)
        print(f"\nRule flags, {split}, {source} ({len(rows)} cases)")
        print(f"  {'rule':<28}{'pos':>5}{'neg':>5}{'P':>8}{'R':>8}{'F1':>8}")
        for rule in RULES:
            tp, fp, fn, tn = acc[rule]
            p = tp / (tp + fp) if tp + fp else None
            rc = tp / (tp + fn) if tp + fn else None
            f1 = 2 * p * rc / (p + rc) if p and rc else (0.0 if p is not None and rc is not None else None)
            print(f"  {rule:<28}{tp + fn:>5}{fp + tn:>5}{_fmt(p):>8}{_fmt(rc):>8}{_fmt(f1):>8}")
        if amounts["flagged"]:
            print(f"  discount amount right in {amounts['right']}/{amounts['flagged']} flagged discounts")
        if amounts["offers"]:
            # what the recogniser left readable: the offers whose amount reached the transcript
            # (the legibility of the redaction figures, for the discount rule)
            reached, offers = amounts["reached"], amounts["offers"]
            tp, fp = acc["discount"][:2]
            p = tp / (tp + fp) if tp + fp else None
            rc = amounts["reached_flagged"] / reached if reached else None
            f1 = 2 * p * rc / (p + rc) if p and rc else None
            print(f"  discount amount reached the transcript in {reached}/{offers} offers: recall there "
                  f"{_fmt(rc)}, F1 with that recall {_fmt(f1)}")
    print(f"\n({time.perf_counter() - t0:.1f} s)")
    for line in errors[:show_errors]:
        print(line)


def _splits() -> tuple[str, ...]:
    """The parts in the labelled set, in the order its files keep them (train, test, test2, ...)."""
    rows = _load("pii.jsonl") + _load("tts_pii.jsonl") + _load("rules.jsonl") + _load("tts_rules.jsonl")
    return tuple(dict.fromkeys(r["split"] for r in rows))


def main() -> None:
    global DATA
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("--data", type=Path, default=DATA,
                       help="a folder of labelled files to read instead (bench/compliance/rehear.py writes them)")
    DATA = first.parse_known_args()[0].data
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], parents=[first])
    ap.add_argument("--split", choices=(*_splits(), "all"), default="all")
    ap.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    args = ap.parse_args()
    splits = _splits() if args.split == "all" else (args.split,)
    for s in splits:
        print(f"==================== {s}")
        report(s, args.errors)


if __name__ == "__main__":
    main()
