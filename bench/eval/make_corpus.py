"""Build the evaluation corpus: synthetic calls, their ground truth and transcripts.

    python bench/eval/make_corpus.py check                 # paraphrase check against the scripts (+ dev wording)
    python bench/eval/make_corpus.py render [--only ru]    # audio (bench/eval/audio/) + truth files
    python bench/eval/make_corpus.py render --split dev    # one split only (train | dev | test)
    python bench/eval/make_corpus.py render --split dev --dev-batch 2   # only the second dev batch (d25..d48)
    python bench/eval/make_corpus.py render --split test2  # only the second held-out split (t41..t80)
    python bench/eval/make_corpus.py render --split test3  # only the third held-out split (u41..u80)
    python bench/eval/make_corpus.py render --split test4  # only the fourth held-out split (v41..v80)
    python bench/eval/make_corpus.py render --split test5  # only the fifth held-out split (w41..w80)
    python bench/eval/make_corpus.py render --split test6  # only the sixth held-out split (x41..x80)
    python bench/eval/make_corpus.py render --split test7  # only the seventh held-out split (y41..y80)
    python bench/eval/make_corpus.py render --split test8  # only the eighth held-out split (z41..z80)
    python bench/eval/make_corpus.py render --split test9  # only the ninth held-out split (k41..k80)
    python bench/eval/make_corpus.py render --split test10 # only the tenth held-out split (m41..m80)
    python bench/eval/make_corpus.py render --split test11 # only the eleventh held-out split (n41..n80)
    python bench/eval/make_corpus.py render --split test12 # only the twelfth held-out split (p41..p80)
    python bench/eval/make_corpus.py render --split test13 # only the thirteenth held-out split (q41..q80)
    python bench/eval/make_corpus.py render --split test14 # only the fourteenth held-out split (r41..r80)
    python bench/eval/make_corpus.py render --split test15 # only the fifteenth held-out split (s41..s80)
    python bench/eval/make_corpus.py render --split test16 # only the sixteenth held-out split (j41..j80)
    python bench/eval/make_corpus.py render --split test17 # only the seventeenth held-out split (h41..h80)
    python bench/eval/make_corpus.py render --split test18 # only the eighteenth held-out split (g41..g80)
    python bench/eval/make_corpus.py render --split test19 # only the nineteenth held-out split (c41..c80)
    python bench/eval/make_corpus.py render --split test20 # only the twentieth held-out split (b41..b80)
    python bench/eval/make_corpus.py render --split test21 # only the twenty-first held-out split (e41..e80)
    python bench/eval/make_corpus.py render --split test22 # only the twenty-second held-out split (a41..a80)
    python bench/eval/make_corpus.py render --split test23 # only the twenty-third held-out split (f41..f80)
    python bench/eval/make_corpus.py render --split test24 # only the twenty-fourth held-out split (i41..i80)
    python bench/eval/make_corpus.py render --split test25 # only the twenty-fifth held-out split (l41..l80)
    python bench/eval/make_corpus.py render --split test26 # only the twenty-sixth held-out split (o41..o80)
    python bench/eval/make_corpus.py transcribe            # callqa transcribe, pending calls only
    python bench/eval/make_corpus.py all                   # the three in order
    python bench/eval/make_corpus.py stats                 # counts by pattern/outcome/split
    python bench/eval/make_corpus.py difficulty            # what callqa's matcher finds on perfect text

Everything follows from --seed (default 20261129): the same seed gives the
same plans, truth and audio. Audio is git-ignored; calls/*.json and
calls/*.truth.json are committed. See bench/eval/README.md.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import logging
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import yaml
from rapidfuzz import fuzz

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT / "tools")]
import dialogues_gen as gen  # noqa: E402
import tts  # noqa: E402

log = logging.getLogger("callqa")
CALLQA = Path(sys.executable).with_name("callqa")
MIN_S, MAX_S = 40.0, 120.0
DEFAULT_SEED = 20261129
STEREO_SHARE = 0.7
TEST_SHARE = 0.4
DEV_PER_LANG = 24  # dev calls per language: ru-d01..ru-d24, en-d01..en-d24
DEV_STREAM = 7     # the dev plans draw from rng([seed, language, DEV_STREAM]): train/test draws stay as they were
DEV2_PER_LANG = 24  # second dev batch: ru-d25..ru-d48, en-d25..en-d48
DEV2_STREAM = 8     # ... drawn from rng([seed, language, DEV2_STREAM]): batch 1, train and test draws stay as they were
# test2, a second held-out split: ru-t41..ru-t80, en-t41..en-t80
TEST2_STREAM = 9     # ... drawn from rng([seed, language, TEST2_STREAM]); renders from rng([seed, 299, n, ru])
# test3, a third held-out split: ru-u41..ru-u80, en-u41..en-u80
TEST3_STREAM = 11    # ... drawn from rng([seed, language, TEST3_STREAM]) (stream 10 drew 79 % stereo, 11 drew 67.5 %);
                     # renders from rng([seed, 399, n, ru])
# test4, a fourth held-out split: ru-v41..ru-v80, en-v41..en-v80
TEST4_STREAM = 14    # ... drawn from rng([seed, language, TEST4_STREAM]) (streams 12 and 13 drew 65 % stereo, 14 drew
                     # 71 %); renders from rng([seed, 499, n, ru])
# test5, a fifth held-out split: ru-w41..ru-w80, en-w41..en-w80
TEST5_STREAM = 15    # ... drawn from rng([seed, language, TEST5_STREAM]) (stream 15, the first tried, drew 70 %
                     # stereo); renders from rng([seed, 599, n, ru])
# test6, a sixth held-out split: ru-x41..ru-x80, en-x41..en-x80
TEST6_STREAM = 17    # ... drawn from rng([seed, language, TEST6_STREAM]) (stream 16 drew 77.5 % stereo, 17 drew
                     # 70 %); renders from rng([seed, 699, n, ru])
# test7, a seventh held-out split: ru-y41..ru-y80, en-y41..en-y80
TEST7_STREAM = 20    # ... drawn from rng([seed, language, TEST7_STREAM]) (stream 18 drew 77.5 % stereo, 19 drew
                     # 76.25 %, 20 drew 67.5 %); renders from rng([seed, 799, n, ru])
# test8, an eighth held-out split: ru-z41..ru-z80, en-z41..en-z80
TEST8_STREAM = 22    # ... drawn from rng([seed, language, TEST8_STREAM]) (stream 21 drew 63.75 % stereo, 22 drew
                     # 68.75 %); renders from rng([seed, 899, n, ru])
# test9, a ninth held-out split: ru-k41..ru-k80, en-k41..en-k80
TEST9_STREAM = 23    # ... drawn from rng([seed, language, TEST9_STREAM]) (stream 23, the first tried, drew 67.5 %
                     # stereo); renders from rng([seed, 999, n, ru])
# test10, a tenth held-out split: ru-m41..ru-m80, en-m41..en-m80
TEST10_STREAM = 24   # ... drawn from rng([seed, language, TEST10_STREAM]) (stream 24, the first tried, drew 71.25 %
                     # stereo); renders from rng([seed, 1099, n, ru])
# test11, an eleventh held-out split: ru-n41..ru-n80, en-n41..en-n80
TEST11_STREAM = 25   # ... drawn from rng([seed, language, TEST11_STREAM]) (stream 25, the first tried, drew 73.75 %
                     # stereo); renders from rng([seed, 1199, n, ru])
# test12, a twelfth held-out split: ru-p41..ru-p80, en-p41..en-p80
TEST12_STREAM = 26   # ... drawn from rng([seed, language, TEST12_STREAM]) (stream 26, the first tried, drew 71.25 %
                     # stereo); renders from rng([seed, 1299, n, ru])
# test13, a thirteenth held-out split: ru-q41..ru-q80, en-q41..en-q80
TEST13_STREAM = 27   # ... drawn from rng([seed, language, TEST13_STREAM]) (stream 27, the first tried, drew 68.75 %
                     # stereo); renders from rng([seed, 1399, n, ru])
# test14, a fourteenth held-out split: ru-r41..ru-r80, en-r41..en-r80
TEST14_STREAM = 28   # ... drawn from rng([seed, language, TEST14_STREAM]) (stream 28, the first tried, drew 68.75 %
                     # stereo); renders from rng([seed, 1499, n, ru])
# test15, a fifteenth held-out split: ru-s41..ru-s80, en-s41..en-s80
TEST15_STREAM = 30   # ... drawn from rng([seed, language, TEST15_STREAM]) (stream 29 drew 78.75 % stereo, 30 drew
                     # 67.5 %); renders from rng([seed, 1599, n, ru])
# test16, a sixteenth held-out split: ru-j41..ru-j80, en-j41..en-j80
TEST16_STREAM = 31   # ... drawn from rng([seed, language, TEST16_STREAM]) (stream 31, the first tried, drew 72.5 %
                     # stereo); renders from rng([seed, 1699, n, ru])
# test17, a seventeenth held-out split: ru-h41..ru-h80, en-h41..en-h80
TEST17_STREAM = 32   # ... drawn from rng([seed, language, TEST17_STREAM]) (stream 32, the first tried, drew 72.5 %
                     # stereo); renders from rng([seed, 1799, n, ru])
# test18, an eighteenth held-out split: ru-g41..ru-g80, en-g41..en-g80
TEST18_STREAM = 33   # ... drawn from rng([seed, language, TEST18_STREAM]) (stream 33, the first tried, drew 63.75 %
                     # stereo); renders from rng([seed, 1899, n, ru])
# test19, a nineteenth held-out split: ru-c41..ru-c80, en-c41..en-c80
TEST19_STREAM = 34   # ... drawn from rng([seed, language, TEST19_STREAM]) (stream 34, the first tried, drew 71.25 %
                     # stereo); renders from rng([seed, 1999, n, ru])
# test20, a twentieth held-out split: ru-b41..ru-b80, en-b41..en-b80
TEST20_STREAM = 35   # ... drawn from rng([seed, language, TEST20_STREAM]) (stream 35, the first tried, drew 71.25 %
                     # stereo); renders from rng([seed, 2099, n, ru])
# test21, a twenty-first held-out split: ru-e41..ru-e80, en-e41..en-e80
TEST21_STREAM = 36   # ... drawn from rng([seed, language, TEST21_STREAM]) (stream 36, the first tried, drew 70 %
                     # stereo); renders from rng([seed, 2199, n, ru])
# test22, a twenty-second held-out split: ru-a41..ru-a80, en-a41..en-a80
TEST22_STREAM = 37   # ... drawn from rng([seed, language, TEST22_STREAM]) (stream 37, the first tried, drew 68.75 %
                     # stereo); renders from rng([seed, 2299, n, ru])
# test23, a twenty-third held-out split: ru-f41..ru-f80, en-f41..en-f80
TEST23_STREAM = 38   # ... drawn from rng([seed, language, TEST23_STREAM]) (stream 38, the first tried, drew 72.5 %
                     # stereo); renders from rng([seed, 2399, n, ru])
# test24, a twenty-fourth held-out split: ru-i41..ru-i80, en-i41..en-i80
TEST24_STREAM = 39   # ... drawn from rng([seed, language, TEST24_STREAM]) (stream 39, the first tried, drew 72.5 %
                     # stereo); renders from rng([seed, 2499, n, ru])
# test25, a twenty-fifth held-out split: ru-l41..ru-l80, en-l41..en-l80
TEST25_STREAM = 40   # ... drawn from rng([seed, language, TEST25_STREAM]) (stream 40, the first tried, drew 60 %
                     # stereo); renders from rng([seed, 2599, n, ru])
# test26, a twenty-sixth held-out split: ru-o41..ru-o80, en-o41..en-o80
TEST26_STREAM = 41   # ... drawn from rng([seed, language, TEST26_STREAM]) (stream 41, the first tried, drew 76.25 %
                     # stereo); renders from rng([seed, 2699, n, ru])
# script variables and numbers as a call says them, so "four" vs "4" cannot hide a near-copy
SPOKEN_NUMBERS = {"2900": "две тысячи девятьсот", "10": "десять", "4": "four", "15": "fifteen", "30": "thirty"}


# --------------------------------------------------------------------------- paraphrase check
def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("ё", "е")).split())


def script_phrases(d: ModuleType, names: tuple[str, ...]) -> dict[str, list[str]]:
    """Every phrase of the script, variables filled in every way a call could say them."""
    raw = yaml.safe_load((ROOT / "scripts_library" / f"{d.SCRIPT}.yaml").read_text(encoding="utf-8"))
    vars_ = {k: str(v) for k, v in (raw.get("variables") or {}).items()}
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for st in raw["stages"]:
        groups[f"stage:{st['id']}"] += st["phrases"]
    for name, ph in (raw.get("outcomes") or {}).items():
        groups[f"outcome:{name}"] += ph
    for name, ph in (raw.get("objections") or {}).items():
        groups[f"objection:{name}"] += ph
    for rule in raw.get("forbidden") or []:
        groups[f"forbidden:{rule['id']}"] += rule["phrases"]
    out: dict[str, list[str]] = {}
    for key, phrases in groups.items():
        filled: list[str] = []
        for ph in phrases:
            for name in names:
                text = ph.replace("{operator}", name).replace("{client}", "")
                for k, v in vars_.items():
                    text = text.replace("{" + k + "}", v)
                filled.append(text)
                for digits, words in SPOKEN_NUMBERS.items():
                    if digits in text:
                        filled.append(text.replace(digits, words))
        out[key] = sorted(set(_norm(t) for t in filled))
    return out


def check_paraphrases(d: ModuleType, limit: float = 90.0, *, all_heldout: bool = False,
                      ) -> tuple[list[str], list[str], dict[str, float]]:
    """Lines scoring >= limit against a script phrase: (held-out ones, train ones), and the highest scores.

    Operator lines are compared with every phrase of the script, client
    outcome/objection lines with the phrases of their own outcome/class.
    A held-out (test) line must never be in a script: that would leak the
    test wording into what is tuned. A train line copied into a script is
    tuning on train data, reported but allowed. With `all_heldout` (the dev
    modules) every line counts as held-out.
    """
    phrases = script_phrases(d, d.OPERATOR_NAMES)
    every = [p for ps in phrases.values() for p in ps]
    heldout: list[str] = []
    train: list[str] = []
    worst: dict[str, float] = {}
    lines = [(f"stage:{s}", vs, None) for s, vs in d.OPERATOR.items()]
    lines += [(f"handling:{c}", vs, None) for c, vs in d.HANDLING.items()]
    lines += [(f"ack:{o}", vs, None) for o, vs in d.OUTCOME_OPERATOR.items()]
    lines += [(f"client outcome:{o}", vs, f"outcome:{o}") for o, vs in d.OUTCOME_CLIENT.items()]
    lines += [(f"client objection:{c}", vs, f"objection:{c}") for c, vs in d.OBJECTIONS.items()]
    for key, variants, family in lines:
        test_pool = set(variants if all_heldout else gen.pool(variants, "test"))
        for template in variants:
            score = max(fuzz.ratio(_norm(template.format(name=name, company=d.COMPANY)), p)
                        for name in d.OPERATOR_NAMES for p in (phrases.get(family, every) if family else every))
            worst[key] = max(worst.get(key, 0.0), score)
            if score >= limit:
                (heldout if template in test_pool else train).append(
                    f"{d.LANGUAGE} {key}: '{template}' scores {score:.0f}")
    return heldout, train, worst


# every list of lines a dialogue module has, for the dev-vs-train/test comparison
LINE_LISTS = ("OPERATOR", "CLIENT", "OBJECTIONS", "HANDLING", "AFTER_HANDLING", "OUTCOME_CLIENT",
              "OUTCOME_OPERATOR", "VAGUE_CLIENT", "HANGUP_CLIENT", "HOLD_START", "HOLD_END", "LINE_CHECK")
# dev lists must have the same keys as the originals and at least this many variants
MIN_DEV_VARIANTS = {"OPERATOR": 4}
MIN_DEV_VARIANTS_OTHER = 3


def module_lines(d: ModuleType) -> list[tuple[str, str]]:
    """(list key, line) for every line of a dialogue module, names filled in the same way for every module."""
    out: list[tuple[str, str]] = []
    for attr in LINE_LISTS:
        value = getattr(d, attr)
        groups = value.items() if isinstance(value, dict) else [("", value)]
        for key, items in groups:
            for item in items:
                for text in (item if isinstance(item, tuple) else (item,)):
                    out.append((f"{attr}{':' + key if key else ''}",
                                text.format(name=d.OPERATOR_NAMES[0], company=d.COMPANY)))
    return out


def check_dev(dev: ModuleType, base: ModuleType, limit: float = 90.0,
              others: tuple[ModuleType, ...] = (), label: str = "dev") -> tuple[list[str], float]:
    """Problems of a dev module: a line too close to a train/test line, a list missing or too short.

    Returns the problems and the highest ratio of a dev line against any train/test line
    (and any line of `others`: the second dev batch is also compared with the first).
    """
    problems: list[str] = []
    for attr in LINE_LISTS:
        mine, theirs = getattr(dev, attr), getattr(base, attr)
        if isinstance(theirs, dict):
            if set(mine) != set(theirs):
                problems.append(f"{dev.LANGUAGE} {label} {attr}: keys {sorted(mine)} differ from {sorted(theirs)}")
            for key, vs in mine.items():
                if len(vs) < MIN_DEV_VARIANTS.get(attr, MIN_DEV_VARIANTS_OTHER):
                    problems.append(f"{dev.LANGUAGE} {label} {attr}:{key}: only {len(vs)} variants")
        elif len(mine) < MIN_DEV_VARIANTS_OTHER:
            problems.append(f"{dev.LANGUAGE} {label} {attr}: only {len(mine)} variants")
    old = [(k, t, _norm(t)) for k, t in module_lines(base)]
    old += [(f"{o.__name__}.{k}", t, _norm(t)) for o in others for k, t in module_lines(o)]
    best = 0.0
    for key, text in module_lines(dev):
        n = _norm(text)
        score, near = max(((fuzz.ratio(n, o), (k, t)) for k, t, o in old), key=lambda x: x[0])
        best = max(best, score)
        if score >= limit:
            problems.append(f"{dev.LANGUAGE} {label} {key}: '{text}' scores {score:.0f} against {near[0]} '{near[1]}'")
    return problems, best


# how `check` names each fresh wording in its messages: (problem prefix, script-check noun, check_dev label)
_CHECK_NAMES = {"dev": ("DEV", "dev line", "dev"), "dev2": ("DEV2", "dev batch 2 line", "dev")}


def cmd_check(args) -> int:
    failed = 0
    names = list(gen.FRESH_WORDING)
    for k, name in enumerate(names):
        prefix, noun, label = _CHECK_NAMES.get(name, (name.upper(), f"{name} line", name))
        before = "/".join(["train", "test", *names[:k]])
        for lang, d in gen.FRESH_WORDING[name].items():
            bad, _, worst = check_paraphrases(d, all_heldout=True)
            problems, best = check_dev(d, gen.LANGS[lang], label=label,
                                       others=tuple(gen.FRESH_WORDING[o][lang] for o in names[:k]))
            for b in bad:
                print(f"TOO CLOSE ({noun} against the script)", b)
            for b in problems:
                print(f"{prefix} WORDING", b)
            failed += len(bad) + len(problems)
            print(f"{lang} {name}: max rapidfuzz ratio against the script's phrases: "
                  + ", ".join(f"{key} {v:.0f}" for key, v in sorted(worst.items())))
            print(f"{lang} {name}: max rapidfuzz ratio of a {name} line against any {before} line: {best:.1f}")
    for lang, d in gen.LANGS.items():
        bad, copied, worst = check_paraphrases(d)
        failed += len(bad)
        for b in bad:
            print("TOO CLOSE (held-out line)", b)
        for b in copied:
            print("note: train line copied into the script", b)
        print(f"{lang}: max rapidfuzz ratio of our lines against the script's phrases")
        for key, score in sorted(worst.items()):
            print(f"  {key:32} {score:5.1f}")
        for stage, vs in d.OPERATOR.items():
            if len(vs) < 6:
                print(f"TOO FEW variants for {lang} {stage}: {len(vs)}")
                failed += 1
    fresh = ", ".join(f"no {name} line >= 90 against a {'/'.join(['train', 'test', *names[:k]])} line"
                      for k, name in enumerate(names))
    print("paraphrase check:", "FAILED" if failed else
          f"ok (no held-out or dev operator, outcome or objection line >= 90 against the script, {fresh})")
    return 1 if failed else 0


# --------------------------------------------------------------------------- planning
def plan_corpus(seed: int, per_lang: int) -> list[gen.CallPlan]:
    plans: list[gen.CallPlan] = []
    for li, (lang, d) in enumerate(gen.LANGS.items()):
        rng = np.random.default_rng([seed, li])
        counts = [int(round(w * per_lang)) for w in gen.PATTERN_WEIGHTS]
        counts[gen.PATTERNS.index("stall")] += per_lang - sum(counts)
        patterns = [p for p, c in zip(gen.PATTERNS, counts) for _ in range(c)]
        # test calls are a fixed share of every pattern, so both splits see every kind of call
        splits: list[str] = []
        for p, c in zip(gen.PATTERNS, counts):
            n_test = int(round(c * TEST_SHARE))
            s = ["test"] * n_test + ["train"] * (c - n_test)
            rng.shuffle(s)
            splits += s
        order = rng.permutation(len(patterns))
        stall_stages = [s for s in d.PROGRESS if s != "greeting"]
        n_stall = 0
        for k, idx in enumerate(order):
            pattern, split = patterns[idx], splits[idx]
            stall = None
            if pattern == "stall":
                stall = stall_stages[n_stall % len(stall_stages)]
                n_stall += 1
            channels = "stereo" if rng.random() < STEREO_SHARE else "mono"
            plans.append(gen.plan_call(d, rng, call_id=f"{lang}-{k + 1:03d}", pattern=pattern, split=split,
                                       channels=channels, stall_stage=stall))
    return plans


def plan_dev(seed: int, per_lang: int = DEV_PER_LANG, *, batch: int = 1) -> list[gen.CallPlan]:
    """The dev split: same pattern and channel mix as plan_corpus, dev wording, its own random stream.

    batch 1: ru-d01.., dialogues_dev_*, rng([seed, language, DEV_STREAM]);
    batch 2: ru-d25.., dialogues_dev2_*, rng([seed, language, DEV2_STREAM]).
    """
    if batch == 1:
        return _plan_split(seed, per_lang, split="dev", langs=gen.DEV_LANGS, stream=DEV_STREAM, letter="d", first=1)
    return _plan_split(seed, per_lang, split="dev", langs=gen.DEV2_LANGS, stream=DEV2_STREAM, letter="d",
                       first=gen.DEV2_FIRST)


# held-out split -> (rng stream, id letter); ids <lang>-<letter>41..80, wording gen.HELDOUT_LANGS[split]
HELDOUT_PLANS = {"test2": (TEST2_STREAM, "t"), "test3": (TEST3_STREAM, "u"), "test4": (TEST4_STREAM, "v"),
                 "test5": (TEST5_STREAM, "w"), "test6": (TEST6_STREAM, "x"), "test7": (TEST7_STREAM, "y"),
                 "test8": (TEST8_STREAM, "z"), "test9": (TEST9_STREAM, "k"),
                 "test10": (TEST10_STREAM, "m"), "test11": (TEST11_STREAM, "n"),
                 "test12": (TEST12_STREAM, "p"), "test13": (TEST13_STREAM, "q"),
                 "test14": (TEST14_STREAM, "r"), "test15": (TEST15_STREAM, "s"),
                 "test16": (TEST16_STREAM, "j"), "test17": (TEST17_STREAM, "h"),
                 "test18": (TEST18_STREAM, "g"), "test19": (TEST19_STREAM, "c"),
                 "test20": (TEST20_STREAM, "b"), "test21": (TEST21_STREAM, "e"),
                 "test22": (TEST22_STREAM, "a"), "test23": (TEST23_STREAM, "f"),
                 "test24": (TEST24_STREAM, "i"), "test25": (TEST25_STREAM, "l"),
                 "test26": (TEST26_STREAM, "o")}
HELDOUT_PER_LANG = 40


def plan_heldout(split: str, seed: int, per_lang: int = HELDOUT_PER_LANG) -> list[gen.CallPlan]:
    """A held-out split (test2..test26): plan_dev's pattern and channel mix, its own wording and stream.

    Each draws from rng([seed, language, its stream]) and renders from its own stream
    (_RENDER_STREAMS), so adding one changes no draw of the splits before it.
    """
    stream, letter = HELDOUT_PLANS[split]
    return _plan_split(seed, per_lang, split=split, langs=gen.HELDOUT_LANGS[split], stream=stream,
                       letter=letter, first=gen.HELDOUT_FIRST)


def _plan_split(seed: int, per_lang: int, *, split: str, langs: dict[str, ModuleType], stream: int,
                letter: str, first: int) -> list[gen.CallPlan]:
    """Every split after train/test: the same pattern mix, ids <lang>-<letter><first..>, rng([seed, language, stream])."""
    plans: list[gen.CallPlan] = []
    for li, lang in enumerate(gen.LANGS):
        d = langs[lang]
        rng = np.random.default_rng([seed, li, stream])
        counts = [int(round(w * per_lang)) for w in gen.PATTERN_WEIGHTS]
        counts[gen.PATTERNS.index("stall")] += per_lang - sum(counts)
        patterns = [p for p, c in zip(gen.PATTERNS, counts) for _ in range(c)]
        order = rng.permutation(len(patterns))
        stall_stages = [s for s in d.PROGRESS if s != "greeting"]
        n_stall = 0
        for k, idx in enumerate(order):
            pattern = patterns[idx]
            stall = None
            if pattern == "stall":
                stall = stall_stages[n_stall % len(stall_stages)]
                n_stall += 1
            channels = "stereo" if rng.random() < STEREO_SHARE else "mono"
            plans.append(gen.plan_call(d, rng, call_id=f"{lang}-{letter}{k + first:02d}", pattern=pattern,
                                       split=split, channels=channels, stall_stage=stall))
    return plans


def plan_all(args) -> list[gen.CallPlan]:
    """train/test calls (plan_corpus), dev calls (plan_dev, both batches) and every held-out split
    (plan_heldout): those selected."""
    plans = (plan_corpus(args.seed, args.per_lang) + plan_dev(args.seed, args.dev_per_lang)
             + plan_dev(args.seed, args.dev2_per_lang, batch=2))
    for split in HELDOUT_PLANS:
        plans += plan_heldout(split, args.seed, getattr(args, f"{split}_per_lang"))
    return [p for p in plans if _selected(p, args)]


# --------------------------------------------------------------------------- rendering
def call_rng(seed: int, call_id: str, language: str) -> np.random.Generator:
    """Voices, padding and line noise of one call: ru-001 → [seed, 99, 1, True], ru-d01 → [seed, 199, 1, True],
    ru-t41 → [seed, 299, 41, True], ru-u41 → [seed, 399, 41, True], ru-v41 → [seed, 499, 41, True],
    ru-w41 → [seed, 599, 41, True], ru-x41 → [seed, 699, 41, True], ru-y41 → [seed, 799, 41, True],
    ru-z41 → [seed, 899, 41, True], ru-k41 → [seed, 999, 41, True],
    ru-m41 → [seed, 1099, 41, True], ru-n41 → [seed, 1199, 41, True],
    ru-p41 → [seed, 1299, 41, True], ru-q41 → [seed, 1399, 41, True],
    ru-r41 → [seed, 1499, 41, True], ru-s41 → [seed, 1599, 41, True],
    ru-j41 → [seed, 1699, 41, True], ru-h41 → [seed, 1799, 41, True],
    ru-g41 → [seed, 1899, 41, True], ru-c41 → [seed, 1999, 41, True],
    ru-b41 → [seed, 2099, 41, True], ru-e41 → [seed, 2199, 41, True],
    ru-a41 → [seed, 2299, 41, True], ru-f41 → [seed, 2399, 41, True],
    ru-i41 → [seed, 2499, 41, True], ru-l41 → [seed, 2599, 41, True],
    ru-o41 → [seed, 2699, 41, True]."""
    num = call_id.split("-")[1]
    if num[0].isalpha():
        return np.random.default_rng([seed, _RENDER_STREAMS[num[0]], int(num[1:]), language == "ru"])
    return np.random.default_rng([seed, 99, int(num), language == "ru"])


# call id letter -> render stream (digits only: train/test, stream 99)
_RENDER_STREAMS = {"d": 199, "t": 299, "u": 399, "v": 499, "w": 599, "x": 699, "y": 799, "z": 899, "k": 999,
                   "m": 1099, "n": 1199, "p": 1299, "q": 1399, "r": 1499, "s": 1599, "j": 1699,
                   "h": 1799, "g": 1899, "c": 1999, "b": 2099, "e": 2199, "a": 2299,
                   "f": 2399, "i": 2499, "l": 2599, "o": 2699}


def voices_for(lang: str, rng: np.random.Generator) -> tuple[tts.Voice, tts.Voice]:
    cast = tts.RU_VOICES if lang == "ru" else tts.EN_VOICES
    a, b = rng.choice(len(cast), size=2, replace=False)
    return cast[int(a)], cast[int(b)]


def fit_length(d: ModuleType, lines: list[gen.Line], say, rng: np.random.Generator,
               lo: float = MIN_S, hi: float = MAX_S) -> list[gen.Line]:
    """Pad short calls with a hold / a bad-line exchange, trim long ones, into [lo, hi] s."""
    def estimate(ls: list[gen.Line]) -> float:
        return sum(say(l).size for l in ls) / tts.RATE + 0.75 * len(ls) + sum(l.hold_before for l in ls) + 0.9

    dur = estimate(lines)
    if dur > hi:
        lines = [l for l in lines if not l.tag.endswith(":extra")]
        dur = estimate(lines)
    if dur < lo and lo - dur > 12:
        lines = gen.pad_lines(d, lines, rng, kind="line_check")
        dur = estimate(lines)
    if dur < lo:
        probe = gen.pad_lines(d, lines, rng, kind="hold", hold=0.0)
        need = lo + 4.0 - estimate(probe)
        lines = gen.pad_lines(d, lines, rng, kind="hold", hold=float(np.clip(need, 4.0, 30.0)))
    elif rng.random() < 0.15 and dur < hi - 20:
        lines = gen.pad_lines(d, lines, rng, kind="hold", hold=float(rng.uniform(5.0, 12.0)))
    return lines


def render_call(plan: gen.CallPlan, synth: tts.Synth, seed: int, audio_dir: Path, calls_dir: Path) -> dict:
    d = gen.module(plan.language, plan.split, plan.call_id)
    rng = call_rng(seed, plan.call_id, plan.language)
    op_voice, cl_voice = voices_for(plan.language, rng)

    def say(line: gen.Line) -> np.ndarray:
        return synth.say(line.text, op_voice if line.speaker == "operator" else cl_voice)

    lines = fit_length(d, plan.lines, say, rng)
    # the gap estimate in fit_length is an average; the open line at the end
    # keeps every call at least MIN_S long
    tl = tts.lay_out(lines, say, rng, min_length=MIN_S + 0.3)
    wav = audio_dir / f"{plan.call_id}.wav"
    fresh = audio_dir / f"{plan.call_id}.new.wav"
    tts.phone_line(*tl.channels(), fresh, stereo=plan.channels == "stereo", rng=rng)
    # keep the old file (and its mtime) when nothing changed, so `transcribe`
    # redoes only calls whose audio is newer than their transcript
    if wav.exists() and wav.read_bytes() == fresh.read_bytes():
        fresh.unlink()
    else:
        fresh.replace(wav)
    truth = plan.truth(d)
    truth["duration"] = round(tl.t, 2)
    truth["operator_name"] = plan.operator_name
    truth["turns"] = [{"speaker": t.speaker, "start": t.start, "end": t.end, "text": t.text, "tag": l.tag}
                      for t, l in zip(tl.turns, lines)]
    (calls_dir / f"{plan.call_id}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def cmd_render(args) -> int:
    plans = plan_all(args)
    audio_dir, calls_dir = args.out / "audio", args.out / "calls"
    audio_dir.mkdir(parents=True, exist_ok=True)
    calls_dir.mkdir(parents=True, exist_ok=True)
    synth = tts.Synth(args.cache)
    # one festival process for every Russian line: start-up costs more than a line
    items = []
    for p in plans:
        if p.language == "ru":
            rng = call_rng(args.seed, p.call_id, "ru")
            op_voice, cl_voice = voices_for("ru", rng)
            items += [(l.text, op_voice if l.speaker == "operator" else cl_voice) for l in p.lines]
    synth.prepare(items)
    durations = []
    for p in plans:
        truth = render_call(p, synth, args.seed, audio_dir, calls_dir)
        durations.append(truth["duration"])
        print(f"{p.call_id} {p.channels:6} {p.split:5} {p.pattern:12} {truth['outcome']:8} "
              f"{truth['duration']:6.1f} s  stalled_at={truth['stalled_at']}", flush=True)
    if durations:
        print(f"rendered {len(durations)} calls, {min(durations):.1f}–{max(durations):.1f} s, "
              f"{sum(durations) / 60:.1f} min in all")
    return 0


def _selected(p: gen.CallPlan, args) -> bool:
    if args.only and p.language != args.only:
        return False
    if args.ids and p.call_id not in args.ids:
        return False
    if args.split and p.split != args.split:
        return False
    if args.dev_batch and (p.split != "dev" or gen.dev_batch(p.call_id) != args.dev_batch):
        return False
    return True


# --------------------------------------------------------------------------- transcription
@functools.lru_cache(maxsize=1)
def _current_options() -> dict:
    """The decoding options `callqa transcribe` uses now (code defaults + config + env)."""
    import dataclasses

    from callqa.asr import options_from_settings
    from callqa.config import load_settings

    return json.loads(json.dumps(dataclasses.asdict(options_from_settings(load_settings(None, {})))))


def _stale(transcript: Path) -> bool:
    """A transcript made with other decoding defaults than callqa's current ones.

    (A transcript older than its audio is pending too; see cmd_transcribe.)

    The corpus must match what `callqa run` produces today, so a change of
    the ASR defaults makes every older transcript pending again.
    """
    return json.loads(transcript.read_text(encoding="utf-8")).get("options") != _current_options()


def cmd_transcribe(args) -> int:
    calls_dir, audio_dir = args.out / "calls", args.out / "audio"
    pending: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for truth_path in sorted(calls_dir.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        cid = truth["call_id"]
        if (args.only and truth["language"] != args.only or args.ids and cid not in args.ids
                or args.split and truth["split"] != args.split
                or args.dev_batch and (truth["split"] != "dev" or gen.dev_batch(cid) != args.dev_batch)):
            continue
        done = calls_dir / f"{cid}.json"
        wav = audio_dir / f"{cid}.wav"
        if (done.exists() and not args.force and not _stale(done)
                and not (wav.exists() and wav.stat().st_mtime > done.stat().st_mtime)):
            continue
        if not (audio_dir / f"{cid}.wav").exists():
            print(f"Error: {cid}: no audio; run `make_corpus.py render` first", file=sys.stderr)
            continue
        pending[(truth["language"], truth["channels"])].append(cid)
    failed = 0
    for (lang, channels), ids in sorted(pending.items()):
        for i in range(0, len(ids), args.batch):
            batch = ids[i: i + args.batch]
            files = [str((audio_dir / f"{c}.wav").relative_to(ROOT)) for c in batch]
            cmd = ["nice", "-n", "10", str(CALLQA), "transcribe", *files, "--json", "--language", lang,
                   "--operator-channel", "left" if channels == "stereo" else "mono", "--quiet"]
            print(f"transcribing {len(batch)} {lang} {channels} calls: {batch[0]} … {batch[-1]}", flush=True)
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
            if proc.stderr.strip():
                print(proc.stderr.strip(), file=sys.stderr)
            try:
                results = json.loads(proc.stdout or "[]")
            except json.JSONDecodeError:
                print(f"Error: callqa transcribe returned no JSON for {batch}", file=sys.stderr)
                failed += len(batch)
                continue
            done = set()
            for t in results:
                cid = Path(t["file"]).stem
                done.add(cid)
                (calls_dir / f"{cid}.json").write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
            failed += len(set(batch) - done)
    print("transcription", "had failures" if failed else "done")
    return 1 if failed else 0


# --------------------------------------------------------------------------- difficulty
def cmd_difficulty(args) -> int:
    """How much of the wording callqa's own matcher finds on perfect text (no ASR)."""
    from callqa.align import analyze
    from callqa.records import AlignOptions, Transcript, Utterance
    from callqa.scripts import resolve_script

    opts = AlignOptions()
    for lang in gen.LANGS:
        if args.only and lang != args.only:
            continue
        script = resolve_script(gen.LANGS[lang].SCRIPT, str(ROOT / "scripts_library"))

        def run(*utts: tuple[str, str]):
            t = Transcript(language=lang, duration=10.0,
                           utterances=tuple(Utterance(s, 3.0 * i, 3.0 * i + 3, x) for i, (s, x) in enumerate(utts)))
            return analyze(t, script, opts, call_id="difficulty")

        runs = [(s, s, gen.module(lang, s)) for s in gen.SPLITS]
        runs.insert(2, ("dev", "dev2", gen.DEV2_LANGS[lang]))  # second dev batch, after the first
        for split, label, d in runs:
            if args.split and split != args.split or args.dev_batch and label != ("dev2" if args.dev_batch == 2 else "dev"):
                continue
            scores = []
            for stage, variants in d.OPERATOR.items():
                for v in gen.pool(variants, split):
                    a = run(("operator", v.format(name=d.OPERATOR_NAMES[0], company=d.COMPANY)))
                    scores.append(next(r.score for r in a.stages if r.id == stage))
            closing = gen.pool(d.OPERATOR["closing"], split)[0]
            # a module with CLOSING_FOR answers a sale / meeting line after a closing that fits it
            fit = {o: d.OPERATOR["closing"][ix[0]] for o, ix in getattr(d, "CLOSING_FOR", {}).items()}
            out_ok = [run(("operator", fit.get(o, closing)), ("client", v)).outcome == o
                      for o, vs in d.OUTCOME_CLIENT.items() for v in gen.pool(vs, split)]
            obj_ok = [c in [x.cls for x in run(("operator", closing), ("client", v)).objections]
                      for c, vs in d.OBJECTIONS.items() for v in gen.pool(vs, split)]
            hit = sum(sc >= opts.threshold for sc in scores)
            print(f"{lang} {label:5}: operator lines scoring their stage >= {opts.threshold:.0f}: {hit}/{len(scores)} "
                  f"(scores {min(scores):.0f}-{max(scores):.0f}); outcome lines recognised: "
                  f"{sum(out_ok)}/{len(out_ok)}; objection lines recognised: {sum(obj_ok)}/{len(obj_ok)}")
    return 0


# --------------------------------------------------------------------------- stats
def _print_wer(rows: list[dict], calls_dir: Path) -> None:
    """Word error rate of the committed transcripts against the rendered text, per language/channel."""
    from rapidfuzz.distance import Levenshtein

    acc: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        path = calls_dir / f"{r['call_id']}.json"
        if not path.exists():
            continue
        utts = json.loads(path.read_text(encoding="utf-8"))["utterances"]
        parties = ("operator", "client") if r["channels"] == "stereo" else ("mixed",)
        for who in parties:
            ref = _norm(" ".join(t["text"] for t in r["turns"] if who in ("mixed", t["speaker"]))).split()
            hyp = _norm(" ".join(u["text"] for u in utts if who in ("mixed", u["speaker"]))).split()
            for key in ((r["language"], f"{r['channels']} {who}"), (r["language"], "all")):
                acc[key][0] += Levenshtein.distance(ref, hyp)
                acc[key][1] += len(ref)
    for (lang, part), (e, n) in sorted(acc.items()):
        print(f"WER {lang} {part:16} {e / n:.3f} ({n} reference words)")


def cmd_stats(args) -> int:
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((args.out / "calls").glob("*.truth.json"))]
    rows = [r for r in rows if (not args.split or r["split"] == args.split) and (not args.only or r["language"] == args.only)
            and (not args.dev_batch or r["split"] == "dev" and gen.dev_batch(r["call_id"]) == args.dev_batch)]
    if not rows:
        print("no truth files yet")
        return 1
    for key in ("language", "split", "channels", "pattern", "outcome", "stalled_at"):
        c = collections.Counter(str(r[key]) for r in rows)
        print(f"{key:12} " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    c = collections.Counter(o for r in rows for o in r["objections"])
    print("objections   " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    c = collections.Counter(s for r in rows for s in r["out_of_order"])
    print("out_of_order " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    _print_wer(rows, args.out / "calls")
    durs = [r["duration"] for r in rows]
    print(f"calls {len(rows)}, duration {min(durs):.1f}–{max(durs):.1f} s (mean {np.mean(durs):.1f}), "
          f"transcribed {sum((args.out / 'calls' / (r['call_id'] + '.json')).exists() for r in rows)}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description="Build the evaluation corpus (bench/eval/).")
    ap.add_argument("command", choices=("check", "render", "transcribe", "all", "stats", "difficulty"))
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--per-lang", type=int, default=76, help="train+test calls per language")
    ap.add_argument("--dev-per-lang", type=int, default=DEV_PER_LANG, help="dev calls per language")
    ap.add_argument("--dev2-per-lang", type=int, default=DEV2_PER_LANG, help="second-batch dev calls per language")
    for split in HELDOUT_PLANS:
        ap.add_argument(f"--{split}-per-lang", type=int, default=HELDOUT_PER_LANG, help=f"{split} calls per language")
    ap.add_argument("--dev-batch", type=int, choices=(1, 2),
                    help="dev calls of one batch only (1: d01..d24, 2: d25..d48; any command but check)")
    ap.add_argument("--split", choices=gen.SPLITS, help="one split only (render, transcribe, stats, difficulty)")
    ap.add_argument("--only", choices=("ru", "en"), help="one language only")
    ap.add_argument("--ids", nargs="*", default=None, help="only these call ids")
    ap.add_argument("--batch", type=int, default=20, help="files per callqa transcribe run (one model load)")
    ap.add_argument("--force", action="store_true",
                    help="re-transcribe every call (by default only missing ones and ones made with other ASR defaults)")
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--cache", type=Path, default=tts.DEFAULT_CACHE)
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.command in ("render", "all"):
        tts.check_tools("festival", "espeak-ng", "sox")
    if args.command == "check":
        return cmd_check(args)
    if args.command == "render":
        return cmd_render(args)
    if args.command == "transcribe":
        return cmd_transcribe(args)
    if args.command == "stats":
        return cmd_stats(args)
    if args.command == "difficulty":
        return cmd_difficulty(args)
    return cmd_check(args) or cmd_render(args) or cmd_transcribe(args)


if __name__ == "__main__":
    raise SystemExit(main())
