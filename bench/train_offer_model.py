"""Train the learned offer model (callqa/offer_model.py) on labelled operator sentences.

    /work/venv/bin/python bench/train_offer_model.py --figures   # leave-one-part-out figures only
    /work/venv/bin/python bench/train_offer_model.py             # train on the parts, write the model

Needs scikit-learn (the `dev` extra); callqa itself reads the model with numpy only.

Training data: the rule cases of bench/compliance whose operator sentence holds a percent
amount: the spoken and transcribed ones (tts_rules.jsonl) of the parts in --parts (default:
every part that has been scored and tuned on; never a part nobody has scored yet), and the
generated ones (rules.jsonl). The label is whether the sentence offers a discount at all
(the case's `amount`), at any amount: the policy limit is the rule's business.

--figures trains on all parts but one and scores the one left out, for each TTS part:
discount F1 of callqa's rule alone and of the rule with the model (the model is asked
where the rule found no discount beyond policy, as in callqa.rules). The cue lists were
tuned on these parts, so the rule's column is optimistic for them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from callqa import offer_model, rules  # noqa: E402
from callqa.sentence_model import ANALYZERS, SentenceModel, sentence_text  # noqa: E402
from callqa.records import Utterance  # noqa: E402
from callqa.scripts import resolve_script  # noqa: E402

DATA = ROOT / "bench" / "compliance"
PARTS = ("train", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10",
         "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20",
         "test21", "test22", "test23", "test24", "test25", "test26", "test27", "test28", "test29", "test30",
         "test31", "test32", "test33", "test34", "test35", "test36", "test37", "test38", "test39", "test40",
         "test41", "test42", "test43", "test44", "test45", "test46", "test47", "test48", "test49", "test50",
         "test51", "test52", "test53", "test54", "test55", "test56", "test57", "test58", "test59", "test60",
         "test61", "test62", "test63", "test64", "test65", "test66", "test67", "test68", "test69", "test70",
         "test71", "test72", "test73", "test74", "test75", "test76", "test77", "test78", "test79", "test80",
         "test81", "test82", "test83", "test84", "test85", "test86", "test87",
         "test88")
C = 4.0          # inverse regularisation
MIN_DF = 2       # an n-gram seen in one sentence only is noise


def fit(texts: list[str], labels: list[bool]) -> SentenceModel:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vecs = [TfidfVectorizer(analyzer=a, min_df=MIN_DF, sublinear_tf=True) for a in ANALYZERS]
    x = hstack([v.fit_transform(texts) for v in vecs]).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000).fit(x, labels)
    return SentenceModel(tuple({g: int(i) for g, i in v.vocabulary_.items()} for v in vecs),
                         tuple(v.idf_.astype(np.float64) for v in vecs),
                         clf.coef_[0].astype(np.float64), float(clf.intercept_[0]))


def sentences(path: Path) -> list[dict]:
    """Each case's last operator sentence: its digit form, its percent amounts, whether it offers
    a discount at all (the training label) and whether it is one beyond policy (the rule's gold)."""
    sets = {lang: rules.load_rules(lang) for lang in ("ru", "en")}
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        u = r["utterances"][-1]
        if u["speaker"] == "client":
            continue
        rs = sets[r["lang"]]
        said = rules._prepare(Utterance(u["speaker"], u["start"], u["end"], u["text"]), r["lang"], rs)
        out.append({"split": r["split"], "lang": r["lang"], "digits": said.digits,
                    "amounts": [v for v, _, _ in rules.discount_amounts(said.digits, rs) if 0 < v < 100],
                    "offer": r.get("amount") is not None, "gold": r["gold"]["discount"]})
    return out


def figures(tts: list[dict], generated: list[dict], parts: list[str]) -> None:
    sets = {lang: rules.load_rules(lang) for lang in ("ru", "en")}
    limits = {lang: resolve_script(sid, str(ROOT / "scripts_library")).offers.max_discount_percent
              for lang, sid in (("ru", "ru-b2b-cold"), ("en", "en-saas-demo"))}
    pooled = np.zeros((2, 3))
    print(f"{'left out':10} {'rule F1':>8} {'+ model F1':>11}")
    for part in parts:
        # the generated cases of the part left out share its templates: left out too
        train = [s for s in tts + generated if s["split"] != part and s["amounts"]]
        m = fit([sentence_text(s["digits"]) for s in train], [s["offer"] for s in train])
        counts = np.zeros((2, 3))   # rows: rule, rule + model; columns: tp, fp, fn
        for c in tts:
            if c["split"] != part or c["gold"] is None:
                continue
            # as callqa.rules decides, without a model and with this fold's
            rule, both = (bool(rules.offered_discounts(c["digits"], sets[c["lang"]], limits[c["lang"]], model))
                          for model in (None, m))
            for row, got in enumerate((rule, both)):
                counts[row] += (got and c["gold"], got and not c["gold"], c["gold"] and not got)
        pooled += counts
        f1 = [2 * tp / (2 * tp + fp + fn) if tp else 0.0 for tp, fp, fn in counts]
        print(f"{part:10} {f1[0]:8.3f} {f1[1]:11.3f}")
    f1 = [2 * tp / (2 * tp + fp + fn) if tp else 0.0 for tp, fp, fn in pooled]
    print(f"{'pooled':10} {f1[0]:8.3f} {f1[1]:11.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parts", nargs="+", default=list(PARTS), choices=PARTS)
    ap.add_argument("--figures", action="store_true", help="leave-one-part-out figures; writes nothing")
    ap.add_argument("--out", type=Path, default=ROOT / "callqa" / "data" / offer_model.MODEL_FILE)
    args = ap.parse_args()
    tts = [s for s in sentences(DATA / "tts_rules.jsonl") if s["split"] in args.parts]
    generated = sentences(DATA / "rules.jsonl")
    if args.figures:
        figures(tts, generated, args.parts)
        return
    data = [s for s in tts + generated if s["amounts"]]
    m = fit([sentence_text(s["digits"]) for s in data], [s["offer"] for s in data])
    m.save(args.out)
    print(f"trained on {len(data)} sentences ({sum(bool(s['amounts']) for s in tts)} spoken of "
          f"{', '.join(args.parts)}, {sum(bool(s['amounts']) for s in generated)} generated): "
          f"{len(m.coef)} features -> {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
