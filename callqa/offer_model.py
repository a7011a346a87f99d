"""The learned offer model: does this operator sentence with a percent amount offer a discount?

The discount rule (callqa/rules.py) knows an offer by its words: a discount cue, or a
reduction and a price word near the amount. How salespeople phrase an offer is open-ended
("we'll absorb 40% of the cost", "your opening invoice comes in 50% lighter", "комплимент от
компании") and the recogniser garbles the words that would tell, so the rule asks this
sentence model (callqa/sentence_model.py), trained on offers at any amount against
percentages that are no offer: growth, tax, deposits, fees, statistics.

The rule asks it only where it found no discount beyond policy in a sentence whose amount is
beyond it, and flags when the model is fairly sure (`MIN_PROBABILITY`). The packaged model
(`callqa/data/offer_model.npz`) is trained by `bench/train_offer_model.py`.
"""

from __future__ import annotations

from callqa.sentence_model import SentenceModel, packaged

# chosen on the tuning parts (train … test19), each read by a model trained on the others
# (bench/train_offer_model.py --figures): pooled discount F1 0.740 with the rule alone; with the
# model 0.834 / 0.849 / 0.853 / 0.840 / 0.799 at 0.5 / 0.6 / 0.7 / 0.8 / 0.9. With test20 …
# test60 and test62 added (the packaged model's parts): 0.727 alone; 0.879 / 0.884 / 0.884 /
# 0.871 / 0.835 with the model
MIN_PROBABILITY = 0.7
MODEL_FILE = "offer_model.npz"


def packaged_model() -> SentenceModel | None:
    """The offer model shipped with callqa (None when the package has none)."""
    return packaged(MODEL_FILE)
