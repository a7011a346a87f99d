"""Rendering helpers shared by the tools that make the project's own call audio.

Russian speech comes from festival (the msu_ru_nsh voice is the only Russian
voice Whisper transcribes well; espeak-ng's Russian turns into gibberish),
English from espeak-ng. Both are synthesised at 16 kHz mono, arranged into a
two-channel timeline (operator left, client right, each silent while the
other talks) and then passed through a telephone band filter at 8 kHz.

The filter is deliberately gentle (`highpass 300 lowpass 3400`): a steep
`sinc 300-3400` makes faster-whisper's VAD drop half of festival's speech.
Stereo Opus below ~32 kbit/s leaks one party into the other channel, so every
Opus encode here uses at least 32k.

Everything shells out to festival, espeak-ng, sox and ffmpeg; these tools run
on a developer machine, never at test time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

log = logging.getLogger("callqa")

RATE = 16000  # working rate of the timeline, before the phone filter
PHONE_RATE = 8000
PHONE_FILTER = ("highpass", "300", "lowpass", "3400")

DEFAULT_CACHE = Path(os.environ.get("CALLQA_TTS_CACHE", Path.home() / ".cache" / "callqa-tts"))


@dataclass(frozen=True)
class Voice:
    """How one party sounds.

    `engine` is festival (Russian) or espeak (English). Festival has a single
    Russian voice, so the two parties differ by sox `pitch` (cents) and
    `tempo`; espeak-ng voices differ by name, pitch (0–99) and speed (wpm).
    """

    engine: str
    name: str = ""
    espeak_pitch: int = 50
    espeak_speed: int = 165
    pitch_cents: int = 0
    tempo: float = 1.0
    gain_db: float = 0.0

    def key(self) -> str:
        return f"{self.engine}|{self.name}|{self.espeak_pitch}|{self.espeak_speed}|{self.pitch_cents}|{self.tempo}"


# A small cast so calls do not all sound alike. The operator/client voices are
# picked from these by the generators.
RU_VOICES = (
    Voice("festival", pitch_cents=0, tempo=1.0),
    Voice("festival", pitch_cents=250, tempo=1.05),
    Voice("festival", pitch_cents=-250, tempo=0.95),
    Voice("festival", pitch_cents=450, tempo=1.1),
    Voice("festival", pitch_cents=-400, tempo=1.0),
    Voice("festival", pitch_cents=150, tempo=0.9),
)
EN_VOICES = (
    Voice("espeak", "en-us", espeak_pitch=45, espeak_speed=160),
    Voice("espeak", "en-gb", espeak_pitch=60, espeak_speed=150),
    Voice("espeak", "en-us+f3", espeak_pitch=65, espeak_speed=155),
    Voice("espeak", "en-gb-x-rp", espeak_pitch=40, espeak_speed=165),
    Voice("espeak", "en-us+m3", espeak_pitch=35, espeak_speed=150),
    Voice("espeak", "en-gb+f2", espeak_pitch=70, espeak_speed=160),
)


def check_tools(*names: str) -> None:
    missing = [n for n in names if shutil.which(n) is None]
    if missing:
        raise SystemExit(f"Error: missing tools {', '.join(missing)}; install them "
                         f"(apt-get install festival festvox-ru espeak-ng sox ffmpeg)")


# --------------------------------------------------------------------------- wav io
def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Read a 16-bit PCM WAV into float32 (frames, channels)."""
    with wave.open(str(path), "rb") as w:
        n, ch, rate = w.getnframes(), w.getnchannels(), w.getframerate()
        raw = w.readframes(n)
    x = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768.0
    return x.reshape(-1, ch), rate


def write_wav(path: Path, x: np.ndarray, rate: int) -> None:
    """Write float audio (frames,) or (frames, channels) as 16-bit PCM."""
    if x.ndim == 1:
        x = x[:, None]
    pcm = (np.clip(x, -1.0, 1.0) * 32767.0).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(x.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def _sox(src: Path, dst: Path, *effects: str) -> None:
    # -R: sox dithers with random noise; repeatable output keeps regenerated
    # files byte-identical so git shows no spurious changes
    subprocess.run(["sox", "-R", str(src), str(dst), *effects], check=True, capture_output=True)


# --------------------------------------------------------------------------- synthesis
class Synth:
    """Synthesises utterances with an on-disk cache keyed by text and voice.

    Festival is started once per batch (`prepare`) because its start-up costs
    about a second while an utterance costs a fraction of that.
    """

    def __init__(self, cache_dir: Path = DEFAULT_CACHE):
        self.cache_dir = Path(cache_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)

    def _path(self, text: str, voice: Voice) -> Path:
        h = hashlib.sha256(f"{voice.key()}\n{text}".encode()).hexdigest()[:24]
        return self.cache_dir / f"{h}.wav"

    def _raw_path(self, text: str, voice: Voice) -> Path:
        base = Voice(voice.engine, voice.name, voice.espeak_pitch, voice.espeak_speed)
        h = hashlib.sha256(f"raw|{base.key()}\n{text}".encode()).hexdigest()[:24]
        return self.cache_dir / f"raw-{h}.wav"

    def prepare(self, items: list[tuple[str, Voice]]) -> None:
        """Render every missing festival utterance in one festival process."""
        todo: dict[Path, str] = {}
        for text, voice in items:
            if voice.engine == "festival" and not self._path(text, voice).exists():
                raw = self._raw_path(text, voice)
                if not raw.exists():
                    todo[raw] = text
        if not todo:
            return
        lines = ["(voice_msu_ru_nsh_clunits)"]
        for raw, text in todo.items():
            safe = festival_text(text)
            lines.append(f'(utt.save.wave (utt.synth (Utterance Text "{safe}")) "{raw}" \'riff)')
        with tempfile.NamedTemporaryFile("w", suffix=".scm", encoding="utf-8", delete=False) as f:
            f.write("\n".join(lines) + "\n")
            scm = f.name
        try:
            proc = subprocess.run(["festival", "-b", scm], capture_output=True)
            if proc.returncode != 0:
                raise RuntimeError(f"festival failed: {proc.stderr.decode(errors='replace')[-400:]}")
        finally:
            os.unlink(scm)
        log.info("festival rendered %d utterances", len(todo))

    def say(self, text: str, voice: Voice) -> np.ndarray:
        """Mono float32 at RATE for one utterance."""
        out = self._path(text, voice)
        if not out.exists():
            raw = self._raw_path(text, voice)
            if not raw.exists():
                if voice.engine == "festival":
                    self.prepare([(text, voice)])
                else:
                    subprocess.run(["espeak-ng", "-v", voice.name, "-p", str(voice.espeak_pitch),
                                    "-s", str(voice.espeak_speed), "-w", str(raw), text],
                                   check=True, capture_output=True)
            effects = ["channels", "1"]
            if voice.pitch_cents:
                effects += ["pitch", str(voice.pitch_cents)]
            if voice.tempo != 1.0:
                effects += ["tempo", "-s", str(voice.tempo)]
            if voice.gain_db:
                effects += ["gain", str(voice.gain_db)]
            effects += ["rate", str(RATE)]
            tmp = out.with_suffix(".tmp.wav")
            _sox(raw, tmp, *effects)
            tmp.replace(out)
        x, rate = read_wav(out)
        assert rate == RATE
        return _trim(x[:, 0])


_FESTIVAL_DROP = re.compile(r"[^0-9a-zA-Zа-яА-ЯёЁ .,!?:;'-]")


def festival_text(text: str) -> str:
    """Festival's Russian letter-to-sound rules abort on dashes, quotes and the like."""
    text = " ".join(_FESTIVAL_DROP.sub(" ", text.replace("—", ",").replace("–", ",")).split())
    # a punctuation mark standing alone is a "word" the rules cannot spell
    text = re.sub(r"\s+([,.!?:;-])", r"\1", text)
    return re.sub(r"([,.!?:;-])[,.!?:;-]+", r"\1", text)


def _trim(x: np.ndarray, floor: float = 0.01) -> np.ndarray:
    """Cut synthesiser lead-in/out silence so gaps are the ones we choose."""
    idx = np.flatnonzero(np.abs(x) > floor)
    if idx.size == 0:
        return x
    pad = int(0.05 * RATE)
    return x[max(0, idx[0] - pad): idx[-1] + pad]


# --------------------------------------------------------------------------- timeline
@dataclass
class Turn:
    speaker: str  # operator | client
    text: str
    start: float = 0.0
    end: float = 0.0


@dataclass
class Timeline:
    """Two channels being filled turn by turn."""

    left: list[np.ndarray] = field(default_factory=list)   # operator
    right: list[np.ndarray] = field(default_factory=list)  # client
    t: float = 0.0
    turns: list[Turn] = field(default_factory=list)

    def silence(self, seconds: float) -> None:
        n = int(seconds * RATE)
        z = np.zeros(n, dtype=np.float32)
        self.left.append(z)
        self.right.append(z)
        self.t += n / RATE

    def speak(self, speaker: str, text: str, audio: np.ndarray) -> None:
        z = np.zeros_like(audio)
        if speaker == "operator":
            self.left.append(audio)
            self.right.append(z)
        else:
            self.left.append(z)
            self.right.append(audio)
        start = self.t
        self.t += audio.size / RATE
        self.turns.append(Turn(speaker, text, round(start, 2), round(self.t, 2)))

    def channels(self) -> tuple[np.ndarray, np.ndarray]:
        return np.concatenate(self.left), np.concatenate(self.right)


def render_dialogue(synth: Synth, turns: list[tuple[str, str]], operator: Voice, client: Voice,
                    rng: np.random.Generator, *, holds: dict[int, float] | None = None,
                    lead: float = 0.4, gaps: tuple[float, float] = (0.3, 1.2)) -> Timeline:
    """Lay out (speaker, text) turns with natural gaps (default 0.3–1.2 s).

    `holds` maps a turn index to a hold silence (seconds) inserted before it.
    """
    holds = holds or {}
    synth.prepare([(text, operator if who == "operator" else client) for who, text in turns])
    tl = Timeline()
    tl.silence(lead)
    for i, (who, text) in enumerate(turns):
        if i:
            tl.silence(holds.get(i, float(rng.uniform(*gaps))))
        tl.speak(who, text, synth.say(text, operator if who == "operator" else client))
    tl.silence(min(0.5, lead))
    return tl


def lay_out(lines, say, rng: np.random.Generator, *, min_length: float = 0.0) -> Timeline:
    """Place lines (objects with speaker, text, hold_before) on a two-channel timeline.

    Gaps are 0.3–1.2 s unless a line asks for a hold; the line stays open
    after the last word until `min_length`, as when a caller hangs up late.
    """
    tl = Timeline()
    tl.silence(float(rng.uniform(0.3, 0.8)))
    for i, line in enumerate(lines):
        if i:
            tl.silence(line.hold_before or float(rng.uniform(0.3, 1.2)))
        tl.speak(line.speaker, line.text, say(line))
    tl.silence(max(0.6, min_length - tl.t))
    return tl


def phone_line(left: np.ndarray, right: np.ndarray, out: Path, *, stereo: bool,
               rng: np.random.Generator, noise_db: float = -55.0) -> None:
    """Write the call as an 8 kHz phone-band 16-bit WAV (stereo or mono mix).

    Low noise is added so silence is not digital zero, as on a real line.
    """
    if stereo:
        x = np.stack([left, right], axis=1)
    else:
        x = (left + right)[:, None]
    x = x + rng.normal(0.0, 10 ** (noise_db / 20), size=x.shape).astype(np.float32)
    peak = float(np.max(np.abs(x))) or 1.0
    x = x * min(1.0, 0.9 / peak)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.wav"
        write_wav(src, x, RATE)
        out.parent.mkdir(parents=True, exist_ok=True)
        _sox(src, out, *PHONE_FILTER, "rate", str(PHONE_RATE))


# --------------------------------------------------------------------------- encodings
ENCODINGS: dict[str, list[str]] = {
    # name: ffmpeg output arguments (the extension comes from the target path)
    "pcm16": ["-c:a", "pcm_s16le"],
    "ulaw": ["-c:a", "pcm_mulaw", "-ar", "8000"],
    "alaw": ["-c:a", "pcm_alaw", "-ar", "8000"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
    "opus": ["-c:a", "libopus", "-b:a", "32k"],
    "flac": ["-c:a", "flac"],
    "m4a": ["-c:a", "aac", "-b:a", "32k"],
}


def encode(src: Path, dst: Path, encoding: str) -> None:
    """Re-encode a WAV with ffmpeg; Opus and MP3 resample to rates they support."""
    args = list(ENCODINGS[encoding])
    if encoding == "opus":
        args += ["-ar", "16000"]
    elif encoding == "mp3":
        args += ["-ar", "8000"]
    dst.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(src), *args,
                    "-map_metadata", "-1", "-fflags", "+bitexact", str(dst)],
                   check=True, capture_output=True)
