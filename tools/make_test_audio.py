"""Make the small audio files under tests/data/ that the test suite reads.

    /work/venv/bin/python tools/make_test_audio.py [--out tests/data]

Needs festival + festvox-ru, espeak-ng, sox and ffmpeg. The outputs are
committed; the tests never run this. tests/data/README.md lists every file
and the exact text in each channel; keep the texts below and that README in
step.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tts  # noqa: E402

RU_TURNS = [
    ("operator", "Добрый день, меня зовут Анна, компания ТехноСклад."),
    ("client", "Здравствуйте, слушаю вас."),
    ("operator", "Вам удобно говорить пару минут?"),
    ("client", "Да, говорите."),
]
EN_TURNS = [
    ("operator", "Good morning, this is Mark from ShiftPilot."),
    ("client", "Hi Mark, how can I help you?"),
    ("operator", "Do you have two minutes to talk?"),
    ("client", "Yes, I have a few minutes."),
]
# one long operator turn that ends with a phone number read out: the batched decoder tends to
# end the chunk after "по номеру" (tests/test_asr.py checks the number still reaches the text)
RU_LONG_TURN = ("Записывайте, я всегда на связи по номеру плюс семь девятьсот сорок пять шестьсот семьдесят три "
                "восемьдесят семь двенадцать.")
RU_OPERATOR, RU_CLIENT = tts.RU_VOICES[0], tts.RU_VOICES[5]
EN_OPERATOR, EN_CLIENT = tts.EN_VOICES[0], tts.EN_VOICES[2]

MONO_ENCODINGS = {
    "en_mono_ulaw.wav": "ulaw",
    "en_mono_alaw.wav": "alaw",
    "en_mono.mp3": "mp3",
    "en_mono.ogg": "opus",
    "en_mono.flac": "flac",
    "en_mono.m4a": "m4a",
}


def _fake_stereo(mono_wav: Path, out: Path) -> None:
    # FLAC because identical channels then cost almost nothing (side = 0),
    # which keeps tests/data small
    x, rate = tts.read_wav(mono_wav)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "fake.wav"
        tts.write_wav(wav, np.repeat(x, 2, axis=1), rate)
        tts.encode(wav, out, "flac")


def _silence(out: Path, rng: np.random.Generator, seconds: float = 2.0) -> None:
    # line hiss well below speech level: Whisper tends to hallucinate on this,
    # which is exactly what the tests want to see rejected
    n = int(seconds * tts.PHONE_RATE)
    tts.write_wav(out, rng.normal(0.0, 10 ** (-50 / 20), size=n).astype(np.float32), tts.PHONE_RATE)


def _bad_inputs(out: Path, mp3: Path) -> None:
    (out / "bad_empty.wav").write_bytes(b"")
    (out / "bad_text.wav").write_text("This is a text file, not audio.\n", encoding="utf-8")
    data = mp3.read_bytes()
    # cut in the middle of a frame, past the header, so a decoder sees a valid
    # start and an abrupt end
    (out / "bad_truncated.mp3").write_bytes(data[: len(data) * 2 // 5 + 17])
    with wave.open(str(out / "bad_zero_samples.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "data")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cache", type=Path, default=tts.DEFAULT_CACHE)
    args = ap.parse_args()
    tts.check_tools("festival", "espeak-ng", "sox", "ffmpeg")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    synth = tts.Synth(args.cache)

    ru = tts.render_dialogue(synth, RU_TURNS, RU_OPERATOR, RU_CLIENT, rng, lead=0.25, gaps=(0.3, 0.6))
    tts.phone_line(*ru.channels(), out / "ru_stereo.wav", stereo=True, rng=rng)
    en = tts.render_dialogue(synth, EN_TURNS, EN_OPERATOR, EN_CLIENT, rng, lead=0.25, gaps=(0.3, 0.6))
    tts.phone_line(*en.channels(), out / "en_stereo.wav", stereo=True, rng=rng)
    tts.phone_line(*en.channels(), out / "en_mono.wav", stereo=False, rng=rng)
    _fake_stereo(out / "en_mono.wav", out / "en_fake_stereo.flac")
    _silence(out / "silence.wav", rng)
    for name, enc in MONO_ENCODINGS.items():
        tts.encode(out / "en_mono.wav", out / name, enc)
    _bad_inputs(out, out / "en_mono.mp3")
    # drawn last so that the files above stay byte for byte what they were
    long_turn = tts.render_dialogue(synth, [("operator", RU_LONG_TURN)], RU_OPERATOR, RU_CLIENT, rng, lead=0.25)
    with tempfile.TemporaryDirectory() as tmp:
        # FLAC: lossless, so the decoder hears the samples the WAV held, at half the size
        tts.phone_line(*long_turn.channels(), Path(tmp) / "long.wav", stereo=False, rng=rng)
        tts.encode(Path(tmp) / "long.wav", out / "ru_long_turn.flac", "flac")

    for label, tl in (("ru_stereo", ru), ("en_stereo / en_mono", en), ("ru_long_turn", long_turn)):
        print(f"{label}: {tl.t:.1f} s")
        for turn in tl.turns:
            print(f"  {turn.start:5.2f}-{turn.end:5.2f} {turn.speaker:8} {turn.text}")
    total = sum(p.stat().st_size for p in out.iterdir() if p.is_file())
    print(f"{out}: {total / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
