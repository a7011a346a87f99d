"""Train the learned outcome model (callqa/outcome_model.py) on labelled call endings.

    /work/venv/bin/python bench/train_outcome_model.py --evaluate   # leave-one-part-out figures only
    /work/venv/bin/python bench/train_outcome_model.py --figures    # every alignment figure, leave-one-part-out
    /work/venv/bin/python bench/train_outcome_model.py              # train on the parts, write the model

Needs scikit-learn (the `dev` extra); callqa itself reads the model with numpy only.

Training data: the calls of bench/eval whose split is in --parts (default: every part
that has been scored and tuned on; never `test`, which stays held out, nor a part
nobody has scored yet). Features: TF-IDF of character n-grams and of words and word
pairs of each party's last sentences (callqa.outcome_model.ending_fields on callqa's
sentence units), one block per analyzer and party; model: multinomial logistic regression.

--evaluate trains on all parts but one and scores the one left out, for each part: the
model alone, and callqa's outcome accuracy without the model and with it (the fallback
and the veto of callqa.outcome_model.OutcomeModel.decide). The cue lists were tuned on
most of these parts, so both callqa columns are optimistic for them;
a part the cue lists never saw shows what the model adds on new wording.

--figures prints eval_alignment's whole table (stage detection, stall point, outcome…)
for each part, the parts pooled and the parts test9 onwards, each part analysed with a
model trained on the others: the packaged model has learned these parts, so its own
figures on them are no measurement (docs/alignment.md's "every part" table).

A call centre with CRM outcomes can train on its own calls the same way: ending_fields
of each stored transcript, the CRM outcome as the label.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_alignment as ea  # noqa: E402
from callqa import outcome_model  # noqa: E402
from callqa.outcome_model import FIELDS, OutcomeModel, ending_fields  # noqa: E402
from callqa.records import AlignOptions  # noqa: E402
from callqa.sentences import sentence_units  # noqa: E402

PARTS = ("train", "dev", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23", "test24")
C = 16.0         # inverse regularisation; chosen by leave-one-part-out among 4, 8, 16, 32
ANALYZERS = ("char", "word")   # words added: leave-one-part-out model alone 0.856 -> 0.874
MIN_DF = 2       # an n-gram seen in one call only is noise


def fit(fields: list[tuple[str, ...]], labels: list[str]) -> OutcomeModel:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    blocks = [(a, k) for a in ANALYZERS for k in range(len(FIELDS))]
    vecs = [TfidfVectorizer(analyzer=outcome_model.ANALYZERS[a], min_df=MIN_DF, sublinear_tf=True)
            for a, _ in blocks]
    x = hstack([v.fit_transform([f[k] for f in fields]) for v, (_, k) in zip(vecs, blocks)]).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000).fit(x, labels)
    return OutcomeModel(tuple(str(c) for c in clf.classes_),
                        tuple({g: int(i) for g, i in v.vocabulary_.items()} for v in vecs),
                        tuple(v.idf_.astype(np.float64) for v in vecs),
                        clf.coef_.astype(np.float64), clf.intercept_.astype(np.float64), ANALYZERS)


def endings(calls) -> list[tuple[str, ...]]:
    return [ending_fields(sentence_units(c.transcript).utterances) for c in calls]


def with_model(model: OutcomeModel | None, calls) -> list:
    """eval_alignment's predictions for `calls`, analysed with `model` as the outcome model."""
    saved = outcome_model.packaged_model
    outcome_model.packaged_model = lambda: model
    try:
        return [ea.callqa_predict(c, AlignOptions()) for c in calls]
    finally:
        outcome_model.packaged_model = saved


def outcome_accuracy(calls, model: OutcomeModel | None) -> float:
    ok = [p.outcome == c.truth["outcome"] for c, p in zip(calls, with_model(model, calls))]
    return sum(ok) / len(ok)


def figures(calls, fields, labels, parts) -> None:
    rows, every, preds = [], [], []
    for part in parts:
        tr = [i for i, c in enumerate(calls) if c.split != part]
        te = [c for c in calls if c.split == part]
        got = with_model(fit([fields[i] for i in tr], [labels[i] for i in tr]), te)
        rows.append((part, ea.metrics(te, got)))
        every += te
        preds += got
    rows.append((f"{len(parts)} parts pooled", ea.metrics(every, preds)))
    late = [i for i, c in enumerate(every) if c.split.startswith("test") and c.split[4:].isdigit()
            and int(c.split[4:]) >= 9]
    if late:
        rows.append(("test9 onwards", ea.metrics([every[i] for i in late], [preds[i] for i in late])))
    print(ea.table(rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    # only parts that were scored and tuned on: never `test` nor a part nobody has scored yet
    ap.add_argument("--parts", nargs="+", default=list(PARTS), choices=PARTS)
    ap.add_argument("--evaluate", action="store_true", help="leave-one-part-out figures; writes nothing")
    ap.add_argument("--figures", action="store_true",
                    help="every alignment figure per part, leave-one-part-out; writes nothing")
    ap.add_argument("--out", type=Path, default=ROOT / "callqa" / "data" / outcome_model.MODEL_FILE)
    args = ap.parse_args()
    calls = [c for c in ea.load_calls(ea.CALLS) if c.split in args.parts]
    if not calls:
        sys.exit(f"no calls of {args.parts} in {ea.CALLS}")
    fields, labels = endings(calls), [c.truth["outcome"] for c in calls]
    if args.figures:
        figures(calls, fields, labels, args.parts)
        return
    if args.evaluate:
        print(f"{'left out':10} {'calls':>5} {'model alone':>12} {'callqa':>8} {'+ model':>11}")
        for part in args.parts:
            tr = [i for i, c in enumerate(calls) if c.split != part]
            te = [c for c in calls if c.split == part]
            m = fit([fields[i] for i in tr], [labels[i] for i in tr])
            alone = np.mean([max(p := m.probabilities(sentence_units(c.transcript).utterances), key=p.get)
                             == c.truth["outcome"] for c in te])
            print(f"{part:10} {len(te):5} {alone:12.3f} {outcome_accuracy(te, None):8.3f} "
                  f"{outcome_accuracy(te, m):11.3f}")
        return
    m = fit(fields, labels)
    m.save(args.out)
    print(f"trained on {len(calls)} calls of {', '.join(args.parts)}: {len(m.coef[0])} features, "
          f"classes {', '.join(m.classes)} -> {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
