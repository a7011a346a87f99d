"""The learned channel model: does this operator sentence move the client to a personal channel?

The personal-channel rule (callqa/rules.py) knows a move by its words: a messenger name near
a verb of moving, a personal phone or e-mail address near "mine". The recogniser garbles
exactly those words ("вот заплатно" for WhatsApp, "big old my pal"), and operators describe a
channel rather than name it ("the mailbox I use outside work", "the second sim I keep for my
own clients"). Where the rule finds nothing the rule asks this sentence model
(callqa/sentence_model.py), and flags when it is fairly sure (`MIN_PROBABILITY`).

It is off unless a company's rules file turns it on (`personal_channel: {model: true}`). The
packaged model (`callqa/data/channel_model.npz`, trained by `bench/train_channel_model.py`)
learnt from the labelled set's personal channels against company channels, discounts, ordinary
call speech (every utterance of the alignment corpus) and legitimate contact talk. Held out, it
raises personal-channel F1 and flags one of 16,812 utterances of unseen calls; but most of what
it adds is "напишите мне" followed by a garbled messenger name, and it reads a short request
such as "напишите мне номер договора" (write me the contract number) the same way (p 0.85).
The labelled set has too little legitimate contact talk to teach it otherwise, and a flag
accuses an operator, so a company turns it on after training it on its own calls, or after
reading what it flags on them.
"""

from __future__ import annotations

from callqa.sentence_model import SentenceModel, packaged

# chosen on the tuning parts (train … test20), each read by a model trained on the others
# (bench/train_channel_model.py --figures): pooled personal-channel F1 0.901 with the words
# alone; with the model 0.937 / 0.935 / 0.934 / 0.932 / 0.922 at 0.5 / 0.6 / 0.7 / 0.8 / 0.9,
# and no false alarm on unseen call speech or contact talk from 0.6 up. With test21 … test60
# and test62 added (the packaged model's parts): 0.946 alone; 0.980 / 0.977 / 0.975 / 0.971 /
# 0.969, at 0.7 one false alarm on 16,812 unseen call utterances ("but I need me on my back
# alone", p 0.81) and one of 120 unseen contact sentences ("запишите мой рабочий телефон, это
# приемная, попросите соединить со мной", p 0.88). Trained on every part, it reads "напишите мне
# номер договора" at p 0.85 and "напишите мне на рабочую почту" at 0.59: what it learns of
# "напишите мне" keeps it off
MIN_PROBABILITY = 0.7
MODEL_FILE = "channel_model.npz"


def packaged_model() -> SentenceModel | None:
    """The channel model shipped with callqa (None when the package has none)."""
    return packaged(MODEL_FILE)
