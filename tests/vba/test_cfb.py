"""The compound-file writer, read back by olefile (an independent reader)."""

from __future__ import annotations

import io
import random

import olefile
import pytest

from jixiao.vba.cfb import write_compound_file


def _open(data: bytes) -> olefile.OleFileIO:
    # DEFECT_INCORRECT: olefile raises instead of tolerating spec violations.
    return olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)


# Sizes around the 64-byte mini sector, the 512-byte sector and the
# 4096-byte mini-stream cutoff.
SIZES = [0, 1, 63, 64, 65, 511, 512, 513, 4095, 4096, 4097, 20000]


@pytest.mark.parametrize("size", SIZES, ids=[f"{s}B" for s in SIZES])
def test_single_stream_round_trips(size: int) -> None:
    payload = random.Random(size).randbytes(size)
    ole = _open(write_compound_file({"S": payload}))
    assert ole.get_size("S") == size
    assert ole.openstream("S").read() == payload


def test_nested_storages_and_many_streams_round_trip() -> None:
    rng = random.Random(7)
    streams = {f"VBA/Module{i}": rng.randbytes(rng.randrange(0, 9000)) for i in range(40)}
    streams["PROJECT"] = b"ID=..."
    streams["A/B/C/deep"] = b"deep" * 3000
    data = write_compound_file(streams)
    ole = _open(data)
    found = {"/".join(p) for p in ole.listdir(streams=True, storages=False)}
    assert found == set(streams)
    for path, payload in streams.items():
        assert ole.openstream(path).read() == payload, path
    assert ole.get_type("VBA") == olefile.STGTY_STORAGE
    assert ole.get_type("A/B") == olefile.STGTY_STORAGE


def test_file_needing_several_fat_sectors() -> None:
    # 600 KB of data is ~1200 sectors: ten FAT sectors (128 entries each).
    streams = {f"S{i}": bytes([i]) * 60_000 for i in range(10)}
    data = write_compound_file(streams)
    ole = _open(data)
    # hand count: 10 x 118 data sectors + 3 directory sectors + n FAT sectors
    # must fit in n x 128 FAT entries: n = 10.
    assert ole.num_fat_sectors == 10
    for path, payload in streams.items():
        assert ole.openstream(path).read() == payload


def test_siblings_are_a_search_tree_in_cfb_order() -> None:
    # [MS-CFB] 2.6.4: shorter names sort first, then case-insensitive order.
    names = ["dir", "_VBA_PROJECT", "Sheet1", "ThisWorkbook", "a", "B", "xlwings"]
    ole = _open(write_compound_file({f"VBA/{n}": n.encode() for n in names}))
    storage = ole.direntries[ole._find("VBA")]

    def in_order(sid: int) -> list[str]:
        if sid == olefile.NOSTREAM:
            return []
        e = ole.direntries[sid]
        return in_order(e.sid_left) + [e.name] + in_order(e.sid_right)

    assert in_order(storage.sid_child) == [
        "a",
        "B",
        "dir",
        "Sheet1",
        "xlwings",
        "ThisWorkbook",
        "_VBA_PROJECT",
    ]


@pytest.mark.parametrize(
    "bad",
    ["", "x" * 32, "a/", "VBA/a:b", "VBA/a!b"],
    ids=["empty", "32-chars", "empty-leaf", "colon", "bang"],
)
def test_invalid_names_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError, match="CFB entry name"):
        write_compound_file({bad: b"x"})


def test_duplicate_and_stream_as_storage_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        write_compound_file({"VBA/dir": b"1", "vba/DIR": b"2"})
    with pytest.raises(ValueError, match="is a stream"):
        write_compound_file({"X": b"1", "X/Y": b"2"})
