"""Discovery: files, hashes, manifest metadata and its errors, filename patterns."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest

from callqa.errors import ManifestError
from callqa.ingest import compile_pattern, discover, meta_from_name, sha256_file


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_walks_recursively_for_audio_and_json_and_skips_the_rest(tmp_path):
    write(tmp_path / "a.wav", b"RIFF1")
    write(tmp_path / "day2" / "b.MP3", b"ID3-2")
    write(tmp_path / "day2" / "c.json", '{"utterances": []}')
    write(tmp_path / "notes.txt", "not a call")
    write(tmp_path / ".hidden.wav", b"x")
    write(tmp_path / ".cache" / "d.wav", b"y")
    write(tmp_path / "manifest.csv", "file\n")
    found = discover(tmp_path)
    names = sorted((Path(r.path).name, r.kind) for r in found.recordings)
    assert names == [("a.wav", "audio"), ("b.MP3", "audio"), ("c.json", "transcript")]
    assert found.problems == ()
    b = next(r for r in found.recordings if r.path.endswith("b.MP3"))
    assert b.sha256 == hashlib.sha256(b"ID3-2").hexdigest() and b.size == 5


def test_sha256_is_streamed_and_matches_hashlib(tmp_path):
    data = os.urandom(3 * (1 << 20) + 17)
    p = write(tmp_path / "big.wav", data)
    assert sha256_file(p) == hashlib.sha256(data).hexdigest()


def test_same_content_twice_is_one_recording(tmp_path):
    write(tmp_path / "a.wav", b"same")
    write(tmp_path / "copy" / "a.wav", b"same")
    assert len(discover(tmp_path).recordings) == 1


def test_manifest_metadata_beats_the_filename(tmp_path):
    write(tmp_path / "2026-11-02_ivanova_c9.wav", b"1")
    write(tmp_path / "sub" / "x.wav", b"2")
    write(tmp_path / "manifest.csv",
          "file,call_id,operator,started_at,script,client_segment,outcome,operator_channel,client_id\n"
          "sub/x.wav,C-1,petrova,2026-11-03T09:15:00,ru-b2b-cold,Hot,sale,right,K-1\n")
    found = {Path(r.path).name: r for r in discover(tmp_path).recordings}
    m = found["x.wav"].meta
    assert (m.call_id, m.operator, m.started_at, m.script) == ("C-1", "petrova", datetime(2026, 11, 3, 9, 15),
                                                               "ru-b2b-cold")
    assert (m.client_segment, m.outcome, m.operator_channel, m.client_id) == ("hot", "sale", "right", "K-1")
    n = found["2026-11-02_ivanova_c9.wav"].meta
    assert (n.call_id, n.operator, n.started_at) == ("c9", "ivanova", datetime(2026, 11, 2))


def test_defaults_when_nothing_is_known(tmp_path):
    write(tmp_path / "recording 17.wav", b"1")
    (rec,) = discover(tmp_path, default_channel="right").recordings
    assert rec.meta.operator == "unknown" and rec.meta.call_id is None
    assert rec.meta.operator_channel == "right"
    assert rec.call_id == rec.sha256[:16]


@pytest.mark.parametrize("row, fragment", [
    ("a.wav,,,yesterday,,,,,", "started_at"),
    ("a.wav,,,,,lukewarm,,,", "cold, warm or hot"),
    ("a.wav,,,,,,won,,", "sale, meeting, callback, refusal or none"),
    ("a.wav,,,,,,,both,", "left, right or mono"),
])
def test_a_bad_row_is_one_error_naming_the_line_and_the_fix(tmp_path, row, fragment):
    write(tmp_path / "a.wav", b"1")
    write(tmp_path / "b.wav", b"2")
    write(tmp_path / "manifest.csv", "file,call_id,operator,started_at,script,client_segment,outcome,"
                                     f"operator_channel,client_id\nb.wav,B,x,,,,,,\n{row}\n")
    found = discover(tmp_path)
    (problem,) = found.problems
    assert "manifest.csv:3" in problem.error and fragment in problem.error
    # the row's file waits for the fix; the other files go on
    assert [Path(r.path).name for r in found.recordings] == ["b.wav"]


def test_manifest_paths_never_leave_the_folder(tmp_path):
    root = tmp_path / "calls"
    write(root / "ok.wav", b"1")
    secret = write(tmp_path / "secret.wav", b"2")
    (root / "link.wav").symlink_to(secret)
    write(root / "manifest.csv", "file,operator\n../secret.wav,x\n/etc/passwd,x\nlink.wav,x\n")
    found = discover(root)
    errors = [p.error for p in found.problems]
    assert any("'..'" in e and "manifest.csv:2" in e for e in errors)
    assert any("absolute" in e and "manifest.csv:3" in e for e in errors)
    assert any("symbolic link" in e and "manifest.csv:4" in e for e in errors)
    assert [Path(r.path).name for r in found.recordings] == ["ok.wav"]


def test_a_symlink_out_of_the_folder_is_not_read(tmp_path):
    root = tmp_path / "calls"
    write(root / "ok.wav", b"1")
    (root / "escape.wav").symlink_to(write(tmp_path / "outside.wav", b"2"))
    found = discover(root)
    assert [Path(r.path).name for r in found.recordings] == ["ok.wav"]
    assert len(found.problems) == 1 and "outside the recordings folder" in found.problems[0].error


def test_missing_file_and_duplicate_rows_are_reported_once(tmp_path):
    write(tmp_path / "a.wav", b"1")
    write(tmp_path / "manifest.csv", "file,operator\na.wav,x\nghost.wav,y\na.wav,z\n")
    found = discover(tmp_path)
    assert len(found.recordings) == 1 and found.recordings[0].meta.operator == "x"
    by_stage = sorted((p.stage, p.error) for p in found.problems)
    assert len(by_stage) == 2
    assert by_stage[0][0] == "discover" and "ghost.wav" in by_stage[0][1] and "does not exist" in by_stage[0][1]
    assert by_stage[1][0] == "manifest" and "line 2" in by_stage[1][1]


def test_unreadable_manifest_stops_with_one_clear_error(tmp_path):
    write(tmp_path / "manifest.csv", "name;operator\na.wav;x\n")
    with pytest.raises(ManifestError, match="no 'file' column"):
        discover(tmp_path)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ManifestError, match="recordings folder not found"):
        discover(tmp_path / "nope")


def test_filename_patterns():
    pat = compile_pattern("{date}_{operator}_{call_id}")
    m = meta_from_name("20261102_ivanova_call_17", pat)
    assert (m.started_at, m.operator, m.call_id) == (datetime(2026, 11, 2), "ivanova", "call_17")
    assert meta_from_name("notadate_ivanova_c1", pat) is None
    assert meta_from_name("random", pat) is None
    pat2 = compile_pattern("{operator}-{date}-{time}-{segment}")
    m2 = meta_from_name("petrov-20261102-1405-warm", pat2)
    assert (m2.operator, m2.started_at, m2.client_segment) == ("petrov", datetime(2026, 11, 2, 14, 5), "warm")
    m3 = meta_from_name("petrov-20261102-140507-cold", pat2)
    assert (m3.started_at, m3.client_segment) == (datetime(2026, 11, 2, 14, 5, 7), "cold")
    with pytest.raises(ManifestError, match="unknown"):
        compile_pattern("{date}_{agent}")
