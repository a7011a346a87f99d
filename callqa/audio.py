"""Decode call recordings into per-channel float32 arrays, without a system ffmpeg.

PyAV (which faster-whisper already needs) carries its own FFmpeg libraries, so
WAV (PCM, mu-law, A-law), MP3, OGG/Opus, FLAC and M4A decode on a bare
machine. Everything is resampled to Whisper's 16 kHz here, once.
"""

from __future__ import annotations

import os
from pathlib import Path

import av
import numpy as np

from callqa.errors import AudioError
from callqa.records import CallAudio

TARGET_RATE = 16000
AUDIO_EXTENSIONS = (".wav", ".mp3", ".ogg", ".opus", ".oga", ".flac", ".m4a", ".aac", ".mp4", ".wma", ".webm")

# Channels this close are one signal written twice ("fake stereo"): a PBX that
# records mono into a stereo container. Relative RMS of the difference.
_SAME_CHANNEL_TOLERANCE = 0.02


def _check_file(path: Path) -> None:
    if not path.exists():
        raise AudioError("file not found; check the path", path=str(path))
    if path.is_dir():
        raise AudioError("is a folder, not an audio file", path=str(path))
    if not os.access(path, os.R_OK):
        raise AudioError("cannot read the file (permission denied); fix its permissions", path=str(path))
    if path.stat().st_size == 0:
        raise AudioError("file is empty (0 bytes); re-export the recording", path=str(path))


def _decode(path: Path, mono: bool) -> tuple[np.ndarray, int, int, str]:
    """Interleaved float32 samples at TARGET_RATE, the source rate, its channel count and the layout decoded."""
    chunks: list[np.ndarray] = []
    bad_frames = 0
    try:
        container = av.open(str(path), mode="r", metadata_errors="ignore")
    except av.error.InvalidDataError as exc:
        raise AudioError(
            "not a recognised audio file (is it really audio? re-export it as WAV, MP3, OGG, FLAC or M4A)",
            path=str(path),
        ) from exc
    except av.error.FFmpegError as exc:
        raise AudioError(f"cannot open audio ({exc}); re-export the recording", path=str(path)) from exc
    with container:
        if not container.streams.audio:
            raise AudioError("contains no audio stream; is it the right file?", path=str(path))
        stream = container.streams.audio[0]
        source_rate = stream.codec_context.sample_rate or stream.rate or 0
        source_channels = stream.codec_context.channels or 1
        layout = "stereo" if source_channels >= 2 and not mono else "mono"
        # s16 like faster_whisper.decode_audio: the same samples give the same transcript
        resampler = av.audio.resampler.AudioResampler(format="s16", layout=layout, rate=TARGET_RATE)
        packets = container.demux(stream)
        while True:
            try:
                packet = next(packets)
            except StopIteration:
                break
            except av.error.FFmpegError:
                bad_frames += 1
                break
            try:
                frames = packet.decode()
            except av.error.FFmpegError:
                bad_frames += 1
                continue
            for frame in frames:
                frame.pts = None  # resampler must not try to honour gaps in timestamps
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
        for out in resampler.resample(None):
            chunks.append(out.to_ndarray().reshape(-1))
        declared = float(stream.duration * stream.time_base) if stream.duration and stream.time_base else None
    samples = np.concatenate(chunks).astype(np.float32) / 32768.0 if chunks else np.zeros(0, np.float32)
    n_ch = 2 if layout == "stereo" else 1
    decoded_seconds = samples.size / n_ch / TARGET_RATE
    if bad_frames:
        raise AudioError(
            f"audio is truncated or corrupt ({bad_frames} unreadable block(s) after "
            f"{decoded_seconds:.1f} s); re-copy or re-export the recording",
            path=str(path),
        )
    if declared and decoded_seconds < declared * 0.9 - 0.5:
        raise AudioError(
            f"audio is truncated: header says {declared:.1f} s but only {decoded_seconds:.1f} s decode; "
            "re-copy or re-export the recording",
            path=str(path),
        )
    return samples, int(source_rate), int(source_channels), layout


def _same_channels(left: np.ndarray, right: np.ndarray) -> bool:
    energy = float(np.sqrt(np.mean(np.square(left)) + np.mean(np.square(right))) + 1e-9)
    diff = float(np.sqrt(np.mean(np.square(left - right))))
    return diff / energy < _SAME_CHANNEL_TOLERANCE


def decode(path: str | os.PathLike[str], *, mono: bool = False) -> CallAudio:
    """Decode a recording; stereo keeps one array per channel unless both are the same.

    `mono=True` mixes stereo down (manifest `operator_channel = mono`).
    """
    p = Path(path)
    _check_file(p)
    samples, source_rate, source_channels, layout = _decode(p, mono)
    if samples.size == 0:
        raise AudioError("contains no audio samples (zero length); re-export the recording", path=str(p))
    if layout == "stereo":
        left, right = samples[0::2].copy(), samples[1::2].copy()
        channels: tuple[np.ndarray, ...] = (
            ((left + right) / 2,) if _same_channels(left, right) else (left, right)
        )
    else:
        channels = (samples,)
    return CallAudio(
        channels=channels,
        sample_rate=TARGET_RATE,
        source_rate=source_rate,
        source_channels=source_channels,
        duration=channels[0].size / TARGET_RATE,
    )


def talk_seconds(samples: np.ndarray, rate: int = TARGET_RATE, frame: float = 0.03,
                 floor_db: float = -40.0, absolute_floor: float = 0.005) -> float:
    """Seconds of a channel whose short-time energy is above both `floor_db` below its
    peak and an absolute floor (about -46 dBFS, above phone-line hiss)."""
    n = int(rate * frame)
    if samples.size < n:
        return 0.0
    frames = samples[: samples.size // n * n].reshape(-1, n)
    rms = np.sqrt(np.mean(np.square(frames), axis=1))
    floor = max(float(rms.max()) * 10 ** (floor_db / 20), absolute_floor)
    return float(np.count_nonzero(rms > floor) * frame)
