"""The spoken part of the labelled set: TTS -> telephone band -> callqa transcribe.

    /work/venv/bin/python bench/compliance/tts.py [--work /tmp/callqa_tts] [--split all|NAME]
        [--per-lang 100] [--rules-per-lang 50]

Takes sentences of each split from generate.py whose values are said in words,
speaks them (festival msu_ru_nsh_clunits for Russian, espeak-ng en-us at 135 wpm for English),
filters them like a phone line (300-3400 Hz, 8 kHz) and transcribes them with
`callqa transcribe --json` (the bundled Whisper base). The transcripts, with
the labels of the sentences that were spoken, go to tts_pii.jsonl and
tts_rules.jsonl (source "tts", split train, test, test2...); the audio stays in --work,
named by a hash of language and text, so a rerun only transcribes again.
Train and test draw from different template halves and different seeds; the
train part is what redaction and rules were tuned on, the test part was only
measured. The later parts (test2, test3, …; one row each in PARTS) have their own
wording (templates_<split>.py, each written by someone who had not seen the
detectors) and seeds. Each was added to be scored once, when the part before it had been read
often enough; after its scoring it is tuned on too, and the next one is the
held-out part. `--split NAME` rewrites that split and keeps the others' rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

generate.NOISE = False  # the recogniser supplies the errors here

HERE = Path(__file__).parent
CALLQA = Path(sys.executable).with_name("callqa")
RU_DOM = {"gmail": "джимейл", "mail": "мейл", "yandex": "яндекс", "technosklad": "техносклад",
          "skladonline": "складонлайн", "com": "ком", "ru": "ру"}


def speakable(text: str, lang: str) -> bool:
    if re.search(r"[\d@%$()/:]", text):
        return False
    return not (lang == "ru" and re.search(r"[a-z]", text))


def ru_spoken_email(text: str) -> str:
    """Latin e-mail words in Russian sentences -> how a Russian speaker says them."""
    # read at call time: the test2 names join generate.RU_LAT when its templates are first used
    lat_ru = {v: k for k, v in generate.RU_LAT.items()}

    def one(m: re.Match) -> str:
        return " ".join(lat_ru.get(w, RU_DOM.get(w, w)) for w in re.split(r"[._\s]+", m.group()) if w)
    return re.sub(r"[a-z][a-z0-9._]*", one, text)


class Part(NamedTuple):
    """Where one split's sentences come from: the seeds of generate.make_pii and make_rules,
    and the seed of the draw among them."""
    pii_seeds: range
    rule_seeds: range
    draw: int


# one row per split, in the order the jsonl files keep them (test's seeds are the first version's)
PARTS = {
    "train": Part(range(400, 500), range(500, 540), 8),
    "test": Part(range(200, 300), range(300, 340), 7),
    "test2": Part(range(600, 700), range(700, 740), 9),
    "test3": Part(range(800, 900), range(900, 940), 10),
    "test4": Part(range(1000, 1100), range(1100, 1140), 11),
    "test5": Part(range(1200, 1300), range(1300, 1340), 12),
    "test6": Part(range(1400, 1500), range(1500, 1540), 13),
    "test7": Part(range(1600, 1700), range(1700, 1740), 14),
    "test8": Part(range(1800, 1900), range(1900, 1940), 15),
    "test9": Part(range(2000, 2100), range(2100, 2140), 16),
    "test10": Part(range(2200, 2300), range(2300, 2340), 17),
    "test11": Part(range(2400, 2500), range(2500, 2540), 18),
    "test12": Part(range(2600, 2700), range(2700, 2740), 19),
    "test13": Part(range(2800, 2900), range(2900, 2940), 20),
    "test14": Part(range(3000, 3100), range(3100, 3140), 21),
    "test15": Part(range(3200, 3300), range(3300, 3340), 22),
    "test16": Part(range(3400, 3500), range(3500, 3540), 23),
    "test17": Part(range(3600, 3700), range(3700, 3740), 24),
    "test18": Part(range(3800, 3900), range(3900, 3940), 25),
    "test19": Part(range(4000, 4100), range(4100, 4140), 26),
    "test20": Part(range(4200, 4300), range(4300, 4340), 27),
    "test21": Part(range(4400, 4500), range(4500, 4540), 28),
    "test22": Part(range(4600, 4700), range(4700, 4740), 29),
    "test23": Part(range(4800, 4900), range(4900, 4940), 30),
    "test24": Part(range(5000, 5100), range(5100, 5140), 31),
    "test25": Part(range(5200, 5300), range(5300, 5340), 32),
    "test26": Part(range(5400, 5500), range(5500, 5540), 33),
    "test27": Part(range(5600, 5700), range(5700, 5740), 34),
    "test28": Part(range(5800, 5900), range(5900, 5940), 35),
    "test29": Part(range(6000, 6100), range(6100, 6140), 36),
    "test30": Part(range(6200, 6300), range(6300, 6340), 37),
    "test31": Part(range(6400, 6500), range(6500, 6540), 38),
    "test32": Part(range(6600, 6700), range(6700, 6740), 39),
    "test33": Part(range(6800, 6900), range(6900, 6940), 40),
    "test34": Part(range(7000, 7100), range(7100, 7140), 41),
    "test35": Part(range(7200, 7300), range(7300, 7340), 42),
    "test36": Part(range(7400, 7500), range(7500, 7540), 43),
    "test37": Part(range(7600, 7700), range(7700, 7740), 44),
    "test38": Part(range(7800, 7900), range(7900, 7940), 45),
    "test39": Part(range(8000, 8100), range(8100, 8140), 46),
    "test40": Part(range(8200, 8300), range(8300, 8340), 47),
    "test41": Part(range(8400, 8500), range(8500, 8540), 48),
    "test42": Part(range(8600, 8700), range(8700, 8740), 49),
    "test43": Part(range(8800, 8900), range(8900, 8940), 50),
    "test44": Part(range(9000, 9100), range(9100, 9140), 51),
    "test45": Part(range(9200, 9300), range(9300, 9340), 52),
    "test46": Part(range(9400, 9500), range(9500, 9540), 53),
    "test47": Part(range(9600, 9700), range(9700, 9740), 54),
    "test48": Part(range(9800, 9900), range(9900, 9940), 55),
    "test49": Part(range(10000, 10100), range(10100, 10140), 56),
    "test50": Part(range(10200, 10300), range(10300, 10340), 57),
    "test51": Part(range(10400, 10500), range(10500, 10540), 58),
    "test52": Part(range(10600, 10700), range(10700, 10740), 59),
    "test53": Part(range(10800, 10900), range(10900, 10940), 60),
    "test54": Part(range(11000, 11100), range(11100, 11140), 61),
    "test55": Part(range(11200, 11300), range(11300, 11340), 62),
    "test56": Part(range(11400, 11500), range(11500, 11540), 63),
    "test57": Part(range(11600, 11700), range(11700, 11740), 64),
    "test58": Part(range(11800, 11900), range(11900, 11940), 65),
    "test59": Part(range(12000, 12100), range(12100, 12140), 66),
    "test60": Part(range(12200, 12300), range(12300, 12340), 67),
    "test61": Part(range(12400, 12500), range(12500, 12540), 68),
    "test62": Part(range(12600, 12700), range(12700, 12740), 69),
    "test63": Part(range(12800, 12900), range(12900, 12940), 70),
    "test64": Part(range(13000, 13100), range(13100, 13140), 71),
    "test65": Part(range(13200, 13300), range(13300, 13340), 72),
    "test66": Part(range(13400, 13500), range(13500, 13540), 73),
    "test67": Part(range(13600, 13700), range(13700, 13740), 74),
    "test68": Part(range(13800, 13900), range(13900, 13940), 75),
    "test69": Part(range(14000, 14100), range(14100, 14140), 76),
    "test70": Part(range(14200, 14300), range(14300, 14340), 77),
    "test71": Part(range(14400, 14500), range(14500, 14540), 78),
    "test72": Part(range(14600, 14700), range(14700, 14740), 79),
    "test73": Part(range(14800, 14900), range(14900, 14940), 80),
    "test74": Part(range(15000, 15100), range(15100, 15140), 81),
    "test75": Part(range(15200, 15300), range(15300, 15340), 82),
    "test76": Part(range(15400, 15500), range(15500, 15540), 83),
    "test77": Part(range(15600, 15700), range(15700, 15740), 84),
    "test78": Part(range(15800, 15900), range(15900, 15940), 85),
    "test79": Part(range(16000, 16100), range(16100, 16140), 86),
    "test80": Part(range(16200, 16300), range(16300, 16340), 87),
    "test81": Part(range(16400, 16500), range(16500, 16540), 88),
    "test82": Part(range(16600, 16700), range(16700, 16740), 89),
    "test83": Part(range(16800, 16900), range(16900, 16940), 90),
    "test84": Part(range(17000, 17100), range(17100, 17140), 91),
    "test85": Part(range(17200, 17300), range(17300, 17340), 92),
    "test86": Part(range(17400, 17500), range(17500, 17540), 93),
    "test87": Part(range(17600, 17700), range(17700, 17740), 94),
    "test88": Part(range(17800, 17900), range(17900, 17940), 95),
}
SPLITS = tuple(PARTS)


def pick_pii(split: str, per_lang: int, rng: random.Random) -> list[dict]:
    """Per language: texts holding each PII type in equal shares, and a few without PII."""
    out = []
    for lang in ("ru", "en"):
        rows = []
        for seed in PARTS[split].pii_seeds:
            for r in generate.make_pii(split, seed, 1):
                if r["lang"] != lang:
                    continue
                text = ru_spoken_email(r["text"]) if lang == "ru" else r["text"]
                if speakable(text, lang):
                    rows.append({**r, "id": f"{r['id']}-s{seed}", "text": text})
        rng.shuffle(rows)
        share = per_lang // 5
        chosen: list[dict] = []
        for kind in ("phone", "email", "card", "name"):
            chosen += [r for r in rows if r not in chosen and kind in {i["type"] for i in r["items"]}][:share]
        chosen += [r for r in rows if not r["items"]][: per_lang - len(chosen)]
        out += chosen
    return out


def pick_rules(split: str, per_lang: int, rng: random.Random) -> list[dict]:
    out = []
    for lang in ("ru", "en"):
        pool = [c for seed in PARTS[split].rule_seeds for c in generate.make_rules(split, seed, 1)
                if c["lang"] == lang and c["utterances"][-1]["speaker"] != "client"]
        pool = [c for c in pool if speakable(c["utterances"][-1]["text"], lang)]
        rng.shuffle(pool)
        # positives: discounts, personal channels and pressure in shares 2:2:1; then negatives
        chosen: list[dict] = []
        n_pos = per_lang * 3 // 5
        for rule, n in (("discount", n_pos * 2 // 5), ("personal_channel", n_pos * 2 // 5),
                        ("forbidden:pressure", n_pos - 2 * (n_pos * 2 // 5))):
            chosen += [c for c in pool if c["gold"].get(rule) and c not in chosen][:n]
        neg = [c for c in pool if not any(v for v in c["gold"].values())]
        out += chosen + neg[: per_lang - len(chosen)]
    return out


# a Latin letter as a Russian speaker names it: festival's Russian voice has no rule for a word
# like "E.кудряшова" (an address's initial) and writes an empty file
RU_LETTER = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    "эй би си ди и эф джи эйч ай джей кей эл эм эн оу пи кью ар эс ти ю ви дабл-ю экс уай зед").split()))


def ru_letters(text: str) -> str:
    """`text` with single Latin letters named and a dot or underscore inside a word said ("и точка
    кудряшова", "эф нижнее подчеркивание сорокоумова")."""
    text = re.sub(r"(?<![a-zA-Z])[a-zA-Z](?![a-zA-Z])", lambda m: RU_LETTER[m.group().lower()], text)
    text = re.sub(r"(?<=[^\W_])_(?=[^\W_])", " нижнее подчеркивание ", text)
    return re.sub(r"(?<=\w)\.(?=\w)", " точка ", text)


def synth(text: str, lang: str, wav: Path) -> None:
    raw = wav.with_suffix(".raw.wav")
    if lang == "ru":
        txt = wav.with_suffix(".txt")
        for said in (text, ru_letters(text)):
            txt.write_text(said + ".", encoding="utf-8")
            subprocess.run(["text2wave", "-eval", "(voice_msu_ru_nsh_clunits)", str(txt), "-o", str(raw)],
                           check=True, capture_output=True)
            if raw.stat().st_size:
                break
    else:
        subprocess.run(["espeak-ng", "-v", "en-us", "-s", "135", "-g", "4", "-w", str(raw), text], check=True,
                       capture_output=True)
    subprocess.run(["sox", str(raw), str(wav), "highpass", "300", "lowpass", "3400", "rate", "8k"],
                   check=True, capture_output=True)


def transcribe(wavs: list[Path], lang: str) -> list[str]:
    if not wavs:
        return []
    res = subprocess.run(["nice", "-n", "10", str(CALLQA), "transcribe", "--json", "-q", "--language", lang,
                          *map(str, wavs)], check=True, capture_output=True, text=True)
    return [" ".join(u["text"].strip() for u in t["utterances"]) for t in json.loads(res.stdout)]


def _wav_name(kind: str, lang: str, text: str) -> str:
    return f"{kind}-{lang}-{hashlib.sha1(f'{lang}|{text}'.encode()).hexdigest()[:12]}.wav"


Job = tuple[dict, str, str, str]  # (generated row, "pii" or "rule", spoken text, lang)


def jobs_of(split: str, per_lang: int, rules_per_lang: int) -> list[Job]:
    """The texts one split speaks, in the order its rows are numbered."""
    rng = random.Random(PARTS[split].draw)
    pii = pick_pii(split, per_lang, rng)
    cases = pick_rules(split, rules_per_lang, rng)
    return ([(r, "pii", r["text"], r["lang"]) for r in pii]
            + [(c, "rule", c["utterances"][-1]["text"], c["lang"]) for c in cases])


def spoken_wav(job: Job, work: Path) -> Path:
    """The job's audio in `work`, spoken once and kept."""
    _, kind, text, lang = job
    wav = work / _wav_name(kind, lang, text)
    if not wav.exists():
        synth(text, lang, wav)
    return wav


def heard_row(split: str, i: int, job: Job, heard: str) -> dict:
    """The stored row of job number `i` of `split`, as the recogniser heard it."""
    row, kind, said, lang = job
    rid = f"{'tts' if split == 'test' else f'tts-{split}'}-{i:03d}-{row['id']}"
    if kind == "pii":
        return {"id": rid, "lang": lang, "split": split, "source": "tts", "spoken": said, "text": heard,
                "items": [{"type": it["type"]} for it in row["items"]]}
    utt = {"speaker": "operator", "start": 0.0, "end": 5.0, "text": heard}
    return {**row, "id": rid, "source": "tts", "spoken": said, "utterances": [utt]}


def build(split: str, per_lang: int, rules_per_lang: int, work: Path) -> tuple[list[dict], list[dict]]:
    """Speak and transcribe one split; return its PII rows and rule cases."""
    jobs = jobs_of(split, per_lang, rules_per_lang)
    wav_of = {i: spoken_wav(job, work) for i, job in enumerate(jobs)}
    heard: dict[int, str] = {}
    for lang in ("ru", "en"):
        idx = [i for i, j in enumerate(jobs) if j[3] == lang]
        for i, text in zip(idx, transcribe([wav_of[i] for i in idx], lang)):
            heard[i] = text
    rows = [heard_row(split, i, job, heard[i]) for i, job in enumerate(jobs)]
    return ([r for r, j in zip(rows, jobs) if j[1] == "pii"], [r for r, j in zip(rows, jobs) if j[1] == "rule"])


def _keep(name: str, splits: tuple[str, ...]) -> list[dict]:
    path = HERE / name
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return [r for r in rows if r["split"] not in splits]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/callqa_tts")
    ap.add_argument("--split", choices=("all", *SPLITS), default="all")
    ap.add_argument("--per-lang", type=int, default=100, help="PII texts per language and split")
    ap.add_argument("--rules-per-lang", type=int, default=50, help="rule cases per language and split")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    splits = SPLITS if args.split == "all" else (args.split,)
    pii, cases = _keep("tts_pii.jsonl", splits), _keep("tts_rules.jsonl", splits)
    for split in splits:
        p, c = build(split, args.per_lang, args.rules_per_lang, work)
        pii += p
        cases += c
        print(f"{split}: {len(p)} PII texts and {len(c)} rule cases spoken and transcribed")
    order = {s: i for i, s in enumerate(SPLITS)}
    for name, rows in (("tts_pii.jsonl", pii), ("tts_rules.jsonl", cases)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for r in sorted(rows, key=lambda r: order[r["split"]]):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
