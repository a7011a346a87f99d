"""The spoken part of the labelled set: TTS -> telephone band -> callqa transcribe.

    /work/venv/bin/python bench/compliance/tts.py [--work /tmp/callqa_tts] [--per-lang 50]

Takes test-split sentences from generate.py whose values are said in words,
speaks them (festival msu_ru_nsh_clunits for Russian, espeak-ng en-us at 135 wpm for English),
filters them like a phone line (300-3400 Hz, 8 kHz) and transcribes them with
`callqa transcribe --json` (the bundled Whisper base). The transcripts, with
the labels of the sentences that were spoken, go to tts_pii.jsonl and
tts_rules.jsonl (source "tts", split "test"); the audio stays in --work.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import generate  # noqa: E402

generate.NOISE = False  # the recogniser supplies the errors here

HERE = Path(__file__).parent
CALLQA = Path(sys.executable).with_name("callqa")
LAT_RU = {v: k for k, v in generate.RU_LAT.items()}
RU_DOM = {"gmail": "джимейл", "mail": "мейл", "yandex": "яндекс", "technosklad": "техносклад",
          "skladonline": "складонлайн", "com": "ком", "ru": "ру"}


def speakable(text: str, lang: str) -> bool:
    if re.search(r"[\d@%$()/:]", text):
        return False
    return not (lang == "ru" and re.search(r"[a-z]", text))


def ru_spoken_email(text: str) -> str:
    """Latin e-mail words in Russian sentences -> how a Russian speaker says them."""
    def one(m: re.Match) -> str:
        return " ".join(LAT_RU.get(w, RU_DOM.get(w, w)) for w in re.split(r"[._\s]+", m.group()) if w)
    return re.sub(r"[a-z][a-z0-9._]*", one, text)


def pick_pii(per_lang: int, rng: random.Random) -> list[dict]:
    """Per language: texts holding each PII type in equal shares, and a few without PII."""
    out = []
    for lang in ("ru", "en"):
        rows = []
        for seed in range(200, 260):
            for r in generate.make_pii("test", seed, 1):
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


def pick_rules(per_lang: int, rng: random.Random) -> list[dict]:
    out = []
    for lang in ("ru", "en"):
        pool = [c for seed in range(300, 330) for c in generate.make_rules("test", seed, 1)
                if c["lang"] == lang and c["utterances"][-1]["speaker"] != "client"]
        pool = [c for c in pool if speakable(c["utterances"][-1]["text"], lang)]
        pos = [c for c in pool if any(v for v in c["gold"].values())]
        neg = [c for c in pool if not any(v for v in c["gold"].values())]
        rng.shuffle(pos)
        rng.shuffle(neg)
        out += pos[: per_lang * 3 // 5] + neg[: per_lang - per_lang * 3 // 5]
    return out


def synth(text: str, lang: str, wav: Path) -> None:
    raw = wav.with_suffix(".raw.wav")
    if lang == "ru":
        txt = wav.with_suffix(".txt")
        txt.write_text(text + ".", encoding="utf-8")
        subprocess.run(["text2wave", "-eval", "(voice_msu_ru_nsh_clunits)", str(txt), "-o", str(raw)],
                       check=True, capture_output=True)
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/callqa_tts")
    ap.add_argument("--per-lang", type=int, default=50)
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    pii = pick_pii(args.per_lang, rng)
    cases = pick_rules(30, rng)
    jobs: list[tuple[dict, str, str, str]] = []  # (row, kind, spoken text, lang)
    jobs += [(r, "pii", r["text"], r["lang"]) for r in pii]
    jobs += [(c, "rule", c["utterances"][-1]["text"], c["lang"]) for c in cases]
    wav_of: dict[int, Path] = {}
    for i, (_, kind, text, lang) in enumerate(jobs):
        wav = work / f"{kind}-{i:03d}-{lang}.wav"
        if not wav.exists():
            synth(text, lang, wav)
        wav_of[i] = wav
    heard: dict[int, str] = {}
    for lang in ("ru", "en"):
        idx = [i for i, j in enumerate(jobs) if j[3] == lang]
        for i, text in zip(idx, transcribe([wav_of[i] for i in idx], lang)):
            heard[i] = text
    with (HERE / "tts_pii.jsonl").open("w", encoding="utf-8") as fp, \
            (HERE / "tts_rules.jsonl").open("w", encoding="utf-8") as fr:
        for i, (row, kind, said, lang) in enumerate(jobs):
            if kind == "pii":
                fp.write(json.dumps({"id": f"tts-{i:03d}-{row['id']}", "lang": lang, "split": "test", "source": "tts",
                                     "spoken": said, "text": heard[i],
                                     "items": [{"type": it["type"]} for it in row["items"]]},
                                    ensure_ascii=False) + "\n")
            else:
                utt = {"speaker": "operator", "start": 0.0, "end": 5.0, "text": heard[i]}
                fr.write(json.dumps({**row, "id": f"tts-{i:03d}-{row['id']}", "source": "tts", "spoken": said,
                                     "utterances": [utt]}, ensure_ascii=False) + "\n")
    print(f"{len(pii)} PII texts and {len(cases)} rule cases spoken and transcribed")


if __name__ == "__main__":
    main()
