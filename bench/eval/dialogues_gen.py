"""Plan synthetic sales calls and the ground truth that goes with them.

A call is planned as a list of events (a stage the operator speaks, an
objection, an outcome, a hang-up, a hold...) from one of a few realistic
patterns, then expanded into lines from `dialogues_ru` / `dialogues_en`.
The truth is derived from the plan, never from the audio, so it stays what
the call *was meant* to contain:

- stages_spoken: stages in the order the operator spoke them (each once);
- out_of_order: the stages the plan moved. A moved stage always jumps over at
  least two others so it is the unique smallest set whose removal leaves the
  rest in script order (checked by `minimal_out_of_order`);
- stalled_at: for calls whose outcome is not sale/meeting/callback, the
  furthest progress stage spoken, else null (DESIGN.md);
- outcome, objections (classes in the order raised).

Held-out wording: each list of variants is cut at ~4/7; train calls draw from
the head, test calls from the tail only. Dev calls use other modules
altogether (`dialogues_dev_ru` / `dialogues_dev_en`: fresh wording, every
variant; the second dev batch, ids d25 on, `dialogues_dev2_ru` / `dialogues_dev2_en`),
see `module`. The second held-out split, test2 (ids t41..t80), uses its own
modules too, `dialogues_test2_ru` / `dialogues_test2_en` (every variant), and so
do the third, test3 (ids u41..u80), `dialogues_test3_ru` / `dialogues_test3_en`, and
the fourth, test4 (ids v41..v80), `dialogues_test4_ru` / `dialogues_test4_en`, the
fifth, test5 (ids w41..w80), `dialogues_test5_ru` / `dialogues_test5_en`, the sixth,
test6 (ids x41..x80), `dialogues_test6_ru` / `dialogues_test6_en`, and the seventh,
test7 (ids y41..y80), `dialogues_test7_ru` / `dialogues_test7_en`; test8 (ids z41..z80),
`dialogues_test8_ru` / `dialogues_test8_en`; test9 (ids k41..k80), `dialogues_test9_ru` /
`dialogues_test9_en`; test10 (ids m41..m80), `dialogues_test10_ru` / `dialogues_test10_en`;
test11 (ids n41..n80), `dialogues_test11_ru` / `dialogues_test11_en`; test12 (ids p41..p80),
`dialogues_test12_ru` / `dialogues_test12_en`; test13 (ids q41..q80), `dialogues_test13_ru` /
`dialogues_test13_en`; test14 (ids r41..r80), `dialogues_test14_ru` /
`dialogues_test14_en`; test15 (ids s41..s80), `dialogues_test15_ru` /
`dialogues_test15_en`; test16 (ids j41..j80), `dialogues_test16_ru` /
`dialogues_test16_en`; test17 (ids h41..h80), `dialogues_test17_ru` /
`dialogues_test17_en`; test18 (ids g41..g80), `dialogues_test18_ru` /
`dialogues_test18_en`; test19 (ids c41..c80), `dialogues_test19_ru` /
`dialogues_test19_en`; test20 (ids b41..b80), `dialogues_test20_ru` /
`dialogues_test20_en`; test21 (ids e41..e80), `dialogues_test21_ru` /
`dialogues_test21_en`; test22 (ids a41..a80), `dialogues_test22_ru` /
`dialogues_test22_en`; test23 (ids f41..f80), `dialogues_test23_ru` /
`dialogues_test23_en`; test24 (ids i41..i80), `dialogues_test24_ru` /
`dialogues_test24_en`; test25 (ids l41..l80), `dialogues_test25_ru` /
`dialogues_test25_en`; test26 (ids o41..o80), `dialogues_test26_ru` /
`dialogues_test26_en`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from types import ModuleType

import numpy as np

import dialogues_dev2_en
import dialogues_dev2_ru
import dialogues_dev_en
import dialogues_dev_ru
import dialogues_en
import dialogues_ru
import dialogues_test10_en
import dialogues_test10_ru
import dialogues_test11_en
import dialogues_test11_ru
import dialogues_test12_en
import dialogues_test12_ru
import dialogues_test13_en
import dialogues_test13_ru
import dialogues_test14_en
import dialogues_test14_ru
import dialogues_test15_en
import dialogues_test15_ru
import dialogues_test16_en
import dialogues_test16_ru
import dialogues_test17_en
import dialogues_test17_ru
import dialogues_test18_en
import dialogues_test18_ru
import dialogues_test19_en
import dialogues_test19_ru
import dialogues_test20_en
import dialogues_test20_ru
import dialogues_test21_en
import dialogues_test21_ru
import dialogues_test22_en
import dialogues_test22_ru
import dialogues_test23_en
import dialogues_test23_ru
import dialogues_test24_en
import dialogues_test24_ru
import dialogues_test25_en
import dialogues_test25_ru
import dialogues_test26_en
import dialogues_test26_ru
import dialogues_test2_en
import dialogues_test2_ru
import dialogues_test3_en
import dialogues_test3_ru
import dialogues_test4_en
import dialogues_test4_ru
import dialogues_test5_en
import dialogues_test5_ru
import dialogues_test6_en
import dialogues_test6_ru
import dialogues_test7_en
import dialogues_test7_ru
import dialogues_test8_en
import dialogues_test8_ru
import dialogues_test9_en
import dialogues_test9_ru

LANGS: dict[str, ModuleType] = {"ru": dialogues_ru, "en": dialogues_en}
# the dev split's wording: new lines, same stages/roles/names (see bench/eval/README.md)
DEV_LANGS: dict[str, ModuleType] = {"ru": dialogues_dev_ru, "en": dialogues_dev_en}
# the second dev batch (ids d25..d48): wording written anew once more
DEV2_LANGS: dict[str, ModuleType] = {"ru": dialogues_dev2_ru, "en": dialogues_dev2_en}
DEV2_FIRST = 25  # first call number of the second dev batch
# test2: a second held-out split (ids t41..t80), never scored while the alignment is developed
TEST2_LANGS: dict[str, ModuleType] = {"ru": dialogues_test2_ru, "en": dialogues_test2_en}
# test3: a third held-out split (ids u41..u80), made after test2 had been scored once and the
# alignment changed since
TEST3_LANGS: dict[str, ModuleType] = {"ru": dialogues_test3_ru, "en": dialogues_test3_en}
# test4: a fourth held-out split (ids v41..v80), made after test2 and test3 had each been scored
# once and the alignment changed since
TEST4_LANGS: dict[str, ModuleType] = {"ru": dialogues_test4_ru, "en": dialogues_test4_en}
# test5: a fifth held-out split (ids w41..w80), made after test4 had been scored and the alignment
# tuned on it
TEST5_LANGS: dict[str, ModuleType] = {"ru": dialogues_test5_ru, "en": dialogues_test5_en}
# test6: a sixth held-out split (ids x41..x80), made after test5 had been scored and the alignment
# tuned on it
TEST6_LANGS: dict[str, ModuleType] = {"ru": dialogues_test6_ru, "en": dialogues_test6_en}
# test7: a seventh held-out split (ids y41..y80), made after test6 had been scored and the alignment
# tuned on it
TEST7_LANGS: dict[str, ModuleType] = {"ru": dialogues_test7_ru, "en": dialogues_test7_en}
# test8: an eighth held-out split (ids z41..z80), made after test7 had been scored and the alignment
# tuned on it
TEST8_LANGS: dict[str, ModuleType] = {"ru": dialogues_test8_ru, "en": dialogues_test8_en}
# test9: a ninth held-out split (ids k41..k80), made after test8 had been scored
TEST9_LANGS: dict[str, ModuleType] = {"ru": dialogues_test9_ru, "en": dialogues_test9_en}
# test10: a tenth held-out split (ids m41..m80), made after test9 had been scored
TEST10_LANGS: dict[str, ModuleType] = {"ru": dialogues_test10_ru, "en": dialogues_test10_en}
# test11: an eleventh held-out split (ids n41..n80), made after test10 had been scored
TEST11_LANGS: dict[str, ModuleType] = {"ru": dialogues_test11_ru, "en": dialogues_test11_en}
# test12: a twelfth held-out split (ids p41..p80), made after test11 had been scored
TEST12_LANGS: dict[str, ModuleType] = {"ru": dialogues_test12_ru, "en": dialogues_test12_en}
# test13: a thirteenth held-out split (ids q41..q80), made after test12 had been scored
TEST13_LANGS: dict[str, ModuleType] = {"ru": dialogues_test13_ru, "en": dialogues_test13_en}
# test14: a fourteenth held-out split (ids r41..r80), made after test13 had been scored
TEST14_LANGS: dict[str, ModuleType] = {"ru": dialogues_test14_ru, "en": dialogues_test14_en}
# test15: a fifteenth held-out split (ids s41..s80), made after test14 had been scored
TEST15_LANGS: dict[str, ModuleType] = {"ru": dialogues_test15_ru, "en": dialogues_test15_en}
# test16: a sixteenth held-out split (ids j41..j80), made after test15 had been scored
TEST16_LANGS: dict[str, ModuleType] = {"ru": dialogues_test16_ru, "en": dialogues_test16_en}
# test17: a seventeenth held-out split (ids h41..h80), made after test16
TEST17_LANGS: dict[str, ModuleType] = {"ru": dialogues_test17_ru, "en": dialogues_test17_en}
# test18: an eighteenth held-out split (ids g41..g80), made after test17
TEST18_LANGS: dict[str, ModuleType] = {"ru": dialogues_test18_ru, "en": dialogues_test18_en}
# test19: a nineteenth held-out split (ids c41..c80), made after test18
TEST19_LANGS: dict[str, ModuleType] = {"ru": dialogues_test19_ru, "en": dialogues_test19_en}
# test20: a twentieth held-out split (ids b41..b80), made after test19
TEST20_LANGS: dict[str, ModuleType] = {"ru": dialogues_test20_ru, "en": dialogues_test20_en}
# test21: a twenty-first held-out split (ids e41..e80), made after test20
TEST21_LANGS: dict[str, ModuleType] = {"ru": dialogues_test21_ru, "en": dialogues_test21_en}
# test22: a twenty-second held-out split (ids a41..a80), made after test21
TEST22_LANGS: dict[str, ModuleType] = {"ru": dialogues_test22_ru, "en": dialogues_test22_en}
# test23: a twenty-third held-out split (ids f41..f80), made after test22
TEST23_LANGS: dict[str, ModuleType] = {"ru": dialogues_test23_ru, "en": dialogues_test23_en}
# test24: a twenty-fourth held-out split (ids i41..i80), made after test23
TEST24_LANGS: dict[str, ModuleType] = {"ru": dialogues_test24_ru, "en": dialogues_test24_en}
# test25: a twenty-fifth held-out split (ids l41..l80), made after test24
TEST25_LANGS: dict[str, ModuleType] = {"ru": dialogues_test25_ru, "en": dialogues_test25_en}
# test26: a twenty-sixth held-out split (ids o41..o80), made after test25
TEST26_LANGS: dict[str, ModuleType] = {"ru": dialogues_test26_ru, "en": dialogues_test26_en}
# the held-out splits after test, in the order they were written: split -> wording modules
HELDOUT_LANGS: dict[str, dict[str, ModuleType]] = {
    "test2": TEST2_LANGS, "test3": TEST3_LANGS, "test4": TEST4_LANGS, "test5": TEST5_LANGS,
    "test6": TEST6_LANGS, "test7": TEST7_LANGS, "test8": TEST8_LANGS, "test9": TEST9_LANGS,
    "test10": TEST10_LANGS, "test11": TEST11_LANGS, "test12": TEST12_LANGS,
    "test13": TEST13_LANGS, "test14": TEST14_LANGS, "test15": TEST15_LANGS,
    "test16": TEST16_LANGS, "test17": TEST17_LANGS, "test18": TEST18_LANGS,
    "test19": TEST19_LANGS, "test20": TEST20_LANGS, "test21": TEST21_LANGS,
    "test22": TEST22_LANGS, "test23": TEST23_LANGS, "test24": TEST24_LANGS,
    "test25": TEST25_LANGS, "test26": TEST26_LANGS,
}
# every wording written apart from train/test, in order: each is checked against all before it
FRESH_WORDING: dict[str, dict[str, ModuleType]] = {"dev": DEV_LANGS, "dev2": DEV2_LANGS, **HELDOUT_LANGS}
SPLITS = ("train", "dev", "test", *HELDOUT_LANGS)
HELDOUT_FIRST = 41  # every held-out split numbers its calls 41..80 (ru-t41..ru-t80, ..., en-o41..en-o80)
SUCCESS = ("sale", "meeting", "callback")
PATTERNS = ("complete", "skip", "out_of_order", "stall", "callback")
PATTERN_WEIGHTS = (0.20, 0.17, 0.15, 0.35, 0.13)
# objection classes a client plausibly raises at each stage role
STAGE_OBJECTIONS = {
    "greeting": ("timing",), "permission": ("timing",), "dm": ("no_need", "timing"),
    "needs": ("no_need", "competitor"), "presentation": ("competitor", "no_need"),
    "case": ("competitor", "no_need"), "price": ("price",), "closing": ("timing", "price"),
}


@dataclass(frozen=True)
class Line:
    speaker: str  # operator | client
    text: str
    tag: str      # stage:<id>, reply:<id>, objection:<cls>, handling:<cls>, outcome:<o>, ack:<o>, ...
    hold_before: float = 0.0  # silence (s) before this line instead of a normal gap


@dataclass
class CallPlan:
    call_id: str
    language: str
    script: str
    split: str
    channels: str
    pattern: str
    operator_name: str
    events: list[tuple] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)

    # ------------------------------------------------------------------ truth
    @property
    def stages_spoken(self) -> list[str]:
        seen: list[str] = []
        for ev in self.events:
            stage = "farewell" if ev[0] == "farewell" else ev[1] if ev[0] == "stage" else None
            if stage and stage not in seen:
                seen.append(stage)
        return seen

    @property
    def outcome(self) -> str:
        for ev in self.events:
            if ev[0] == "outcome":
                return ev[1]
        return "none"

    @property
    def objections(self) -> list[str]:
        return [ev[1] for ev in self.events if ev[0] == "objection"]

    def stalled_at(self, d: ModuleType) -> str | None:
        if self.outcome in SUCCESS:
            return None
        spoken = [s for s in self.stages_spoken if s in d.PROGRESS]
        return max(spoken, key=d.PROGRESS.index) if spoken else None

    def truth(self, d: ModuleType) -> dict:
        return {
            "call_id": self.call_id, "language": self.language, "script": self.script, "split": self.split,
            "stages_spoken": self.stages_spoken, "out_of_order": list(self.moved),
            "stalled_at": self.stalled_at(d), "outcome": self.outcome, "objections": self.objections,
            "channels": self.channels, "pattern": self.pattern,
        }


def minimal_out_of_order(spoken: list[str], order: tuple[str, ...]) -> list[set[str]]:
    """Every smallest set of stages whose removal leaves `spoken` in script order."""
    for k in range(len(spoken) + 1):
        found = []
        for drop in itertools.combinations(spoken, k):
            rest = [order.index(s) for s in spoken if s not in drop]
            if rest == sorted(rest):
                found.append(set(drop))
        if found:
            return found
    return [set()]


def dev_batch(call_id: str) -> int:
    """1 for ru-d01..ru-d24 (and any non-dev id), 2 for the second dev batch (ru-d25...)."""
    num = call_id.split("-")[-1]
    return 2 if num.startswith("d") and int(num[1:]) >= DEV2_FIRST else 1


def module(language: str, split: str, call_id: str | None = None) -> ModuleType:
    """The dialogue module whose lines a call of this language and split (and id, for dev) uses."""
    if split in HELDOUT_LANGS:
        return HELDOUT_LANGS[split][language]
    if split == "dev" and call_id and dev_batch(call_id) == 2:
        return DEV2_LANGS[language]
    return (DEV_LANGS if split == "dev" else LANGS)[language]


def pool(items: list[str], split: str) -> list[str]:
    """The variants a call of this split may use (train: head, test: tail, else all: dev/test2..test26 lists are whole)."""
    if len(items) < 2 or split not in ("train", "test"):
        return list(items)
    cut = max(1, round(len(items) * 4 / 7))
    return list(items[:cut] if split == "train" else items[cut:])


def choice(rng: np.random.Generator, items):
    return items[int(rng.integers(len(items)))]


# --------------------------------------------------------------------------- planning
def _role(d: ModuleType, role: str) -> str | None:
    return d.ROLES.get(role)


def _stage_order(d: ModuleType, rng: np.random.Generator, *, skip: set[str], with_case: bool) -> list[str]:
    case = _role(d, "case")
    return [s for s in d.PROGRESS if s not in skip and (s != case or with_case)]


def _objection_at(d: ModuleType, stage: str, rng: np.random.Generator) -> str:
    role = next((r for r, s in d.ROLES.items() if s == stage), stage)
    return choice(rng, STAGE_OBJECTIONS.get(role, ("no_need",)))


def _bad_ending(d, rng, stage: str, *, objection_p: float = 0.5) -> list[tuple]:
    """How a call ends without success right after `stage`."""
    ev: list[tuple] = []
    r = rng.random()
    if rng.random() < objection_p:
        ev.append(("objection", _objection_at(d, stage, rng), False))
    if r < 0.6:
        ev.append(("outcome", "refusal"))
        if rng.random() < 0.8:
            ev.append(("farewell",))
    elif r < 0.8:
        ev.append(("hangup",))
    else:
        ev.append(("vague",))
        ev.append(("farewell",))
    return ev


def plan_call(d: ModuleType, rng: np.random.Generator, *, call_id: str, pattern: str, split: str,
              channels: str, stall_stage: str | None = None, force_skip: tuple[str, ...] = (),
              outcome: str | None = None, slips: tuple[str, ...] = (),
              operator_name: str | None = None, refuse: bool = False) -> CallPlan:
    """One call of `pattern`; the keyword overrides let the demo plant patterns.

    `refuse`: a stalled call ends in an outright refusal (no hang-up or vague ending).
    """
    for _ in range(200):
        p = _try_plan(d, rng, call_id=call_id, pattern=pattern, split=split, channels=channels,
                      stall_stage=stall_stage, force_skip=force_skip, outcome=outcome, slips=slips,
                      operator_name=operator_name or choice(rng, d.OPERATOR_NAMES), refuse=refuse)
        if p is not None:
            p.lines = expand(d, p, rng)
            return p
    raise RuntimeError(f"could not plan a {pattern} call for {call_id}")


def _try_plan(d, rng, *, call_id, pattern, split, channels, stall_stage, force_skip, outcome, slips,
              operator_name, refuse) -> CallPlan | None:
    case, price, closing = _role(d, "case"), _role(d, "price"), _role(d, "closing")
    skip = set(force_skip)
    with_case = rng.random() < 0.7
    moved: list[str] = []
    handled_objection = pattern != "stall" and rng.random() < 0.4

    if pattern == "skip":
        cands = [s for s in (_role(d, r) for r in ("permission", "dm", "needs", "case")) if s]
        skip |= set(rng.choice(cands, size=int(rng.integers(1, 3)), replace=False).tolist())
    seq = _stage_order(d, rng, skip=skip, with_case=with_case)

    if pattern == "out_of_order":
        moves = ["price_early", "needs_late", "permission_late"] + (["dm_late"] if _role(d, "dm") else [])
        move = choice(rng, moves)
        seq = _stage_order(d, rng, skip=skip, with_case=True)
        pres, needs = _role(d, "presentation"), _role(d, "needs")
        if move == "price_early":
            target = price
            seq.remove(price)
            seq.insert(seq.index(pres), price)
        elif move == "needs_late":
            target = needs
            seq.remove(needs)
            seq.insert(seq.index(case) + 1, needs)
        elif move == "dm_late":
            target = _role(d, "dm")
            seq.remove(target)
            seq.insert(seq.index(pres) + 1, target)
        else:
            target = _role(d, "permission")
            seq.remove(target)
            anchor = _role(d, "needs") if _role(d, "dm") else pres
            seq.insert(seq.index(anchor) + 1, target)
        if target in skip:
            return None
        moved = [target]

    ev: list[tuple] = []
    if pattern == "stall":
        stop = stall_stage or choice(rng, [s for s in d.PROGRESS if s != "greeting"])
        if stop in skip or stop not in seq:
            seq = _stage_order(d, rng, skip=skip - {stop}, with_case=True)
        seq = seq[: seq.index(stop) + 1]
        for s in seq[:-1]:
            ev.append(("stage", s, True))
        ev.append(("stage", stop, False))
        if refuse:
            if rng.random() < 0.8:
                ev.append(("objection", _objection_at(d, stop, rng), False))
            ev += [("outcome", "refusal"), ("farewell",)]
        else:
            ev += _bad_ending(d, rng, stop, objection_p=0.55)
    elif pattern == "callback":
        stop = choice(rng, [s for s in (_role(d, "needs"), _role(d, "presentation"), price, closing) if s])
        if stop in skip:
            return None
        seq = seq[: seq.index(stop) + 1]
        for s in seq:
            ev.append(("stage", s, s != seq[-1]))
        if rng.random() < 0.5:
            ev.append(("objection", "timing", False))
        ev.append(("outcome", "callback"))
        ev.append(("farewell",))
    else:
        for s in seq:
            ev.append(("stage", s, s != closing))
        won = outcome or (choice(rng, ("sale", "meeting", "meeting", "callback"))
                          if pattern == "complete" or rng.random() < 0.6 else None)
        if won in SUCCESS:
            ev.append(("outcome", won))
            ev.append(("farewell",))
        elif won == "refusal":
            ev.append(("outcome", "refusal"))
            ev.append(("farewell",))
        else:
            ev += _bad_ending(d, rng, seq[-1], objection_p=0.4)

    if handled_objection:
        # a handled objection right after one of the middle stages
        spots = [i for i, e in enumerate(ev) if e[0] == "stage" and e[1] in
                 (_role(d, "needs"), _role(d, "presentation"), price) and e[2]]
        if spots:
            i = choice(rng, spots)
            ev.insert(i + 1, ("objection", _objection_at(d, ev[i][1], rng), True))

    for slip in slips:
        spots = [i for i, e in enumerate(ev) if e[0] == "stage" and e[1] in (price, closing)]
        i = spots[-1] if spots else len(ev) - 1
        ev.insert(i + 1, ("slip", slip))

    plan = CallPlan(call_id, d.LANGUAGE, d.SCRIPT, split, channels, pattern, operator_name, ev, moved)
    sets = minimal_out_of_order(plan.stages_spoken, d.STAGES)
    if sets != [set(moved)]:
        return None
    return plan


# --------------------------------------------------------------------------- lines
def expand(d: ModuleType, p: CallPlan, rng: np.random.Generator) -> list[Line]:
    """Turn the plan's events into spoken lines."""
    fill = {"name": p.operator_name, "company": d.COMPANY}
    out: list[Line] = []
    used: set[str] = set()

    # a module may say which closings suit which outcome (CLOSING_FOR: outcome -> indices of
    # OPERATOR["closing"]), so a client who books a meeting answers a closing that offered one;
    # modules without it (train/test, dev batch 1) draw exactly as before
    fits = getattr(d, "CLOSING_FOR", {}).get(p.outcome)

    def op(stage: str) -> str:
        base = pool(d.OPERATOR[stage], p.split)
        if stage == "closing" and fits:
            base = [d.OPERATOR[stage][i] for i in fits]
        opts = [v for v in base if v not in used] or base
        text = choice(rng, opts)
        used.add(text)
        return text.format(**fill)

    def cl(items: list[str]) -> str:
        return choice(rng, pool(items, p.split))

    needs, pres = _role(d, "needs"), _role(d, "presentation")
    for ev in p.events:
        kind = ev[0]
        if kind == "stage":
            stage, reply = ev[1], ev[2]
            out.append(Line("operator", op(stage), f"stage:{stage}"))
            if stage in (needs, pres) and rng.random() < 0.5:
                if stage == needs:
                    out.append(Line("client", cl(d.CLIENT[stage]), f"reply:{stage}"))
                out.append(Line("operator", op(stage), f"stage:{stage}:extra"))
            if reply:
                out.append(Line("client", cl(d.CLIENT[stage]), f"reply:{stage}"))
        elif kind == "objection":
            cls, handled = ev[1], ev[2]
            out.append(Line("client", cl(d.OBJECTIONS[cls]), f"objection:{cls}"))
            if handled:
                out.append(Line("operator", cl(d.HANDLING[cls]), f"handling:{cls}"))
                out.append(Line("client", cl(d.AFTER_HANDLING), "after_handling"))
        elif kind == "outcome":
            o = ev[1]
            out.append(Line("client", cl(d.OUTCOME_CLIENT[o]), f"outcome:{o}"))
            out.append(Line("operator", cl(d.OUTCOME_OPERATOR[o]), f"ack:{o}"))
        elif kind == "vague":
            out.append(Line("client", cl(d.VAGUE_CLIENT), "vague"))
        elif kind == "hangup":
            out.append(Line("client", cl(d.HANGUP_CLIENT), "hangup"))
        elif kind == "farewell":
            out.append(Line("operator", op("farewell"), "stage:farewell"))
            out.append(Line("client", cl(d.CLIENT["farewell"]), "reply:farewell"))
        elif kind == "slip":
            out.append(Line("operator", choice(rng, d.SLIPS[ev[1]]), f"slip:{ev[1]}"))
    return out


def pad_lines(d: ModuleType, lines: list[Line], rng: np.random.Generator, *, kind: str, hold: float = 0.0,
              split: str = "train") -> list[Line]:
    """Insert a hold (client asks to wait) or a bad-line exchange after the opening."""
    at = min(len(lines), 2 + int(rng.integers(0, max(1, len(lines) - 3))))
    if kind == "hold":
        extra = [Line("client", choice(rng, d.HOLD_START), "hold_start"),
                 Line("client", choice(rng, d.HOLD_END), "hold_end", hold_before=hold)]
    else:
        q, a = choice(rng, d.LINE_CHECK)
        extra = [Line("operator", q, "line_check"), Line("client", a, "line_check")]
    return lines[:at] + extra + lines[at:]
