"""The MS-OVBA writer, checked against the spec's examples and oletools' olevba."""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile

import olefile
import pytest
from oletools.olevba import VBA_Parser, decompress_stream

from jixiao.vba.addin import xlwings_ribbon_addin_path
from jixiao.vba.ovba import (
    build_vba_project,
    compress,
    decompress,
    decrypt_project_value,
    encrypt_project_value,
)

# --------------------------------------------------------------------------
# 2.4.1 compression
# --------------------------------------------------------------------------


def test_spec_example_no_compression() -> None:
    # [MS-OVBA] 3.2.1: "abcdefghijklmnopqrstuv." has no repeats.
    expected = bytes.fromhex(
        "01 19 B0 00 61 62 63 64 65 66 67 68 00 69 6A 6B 6C 6D 6E 6F 70 00 71 72 73 74 75 76 2E"
    )
    assert compress(b"abcdefghijklmnopqrstuv.") == expected


def test_spec_example_maximum_compression() -> None:
    # [MS-OVBA] 3.2.3: 73 x "a" is one literal plus one copy token of length 72
    # (0x45 = 72 - 3, offset 1 -> high bits 0).
    assert compress(b"a" * 73) == bytes.fromhex("01 03 B0 02 61 45 00")


def test_spec_example_normal_compression_decodes_both_ways() -> None:
    # [MS-OVBA] 3.2.2. The spec's own bytes pick farther copy offsets for ties
    # than its algorithm does, so compare by decoding, not byte for byte.
    text = b"#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa"
    spec_bytes = bytes.fromhex(
        "01 2F B0 00 23 61 61 61 62 63 64 65 82 66 00 70 61 67 68 69 6A 01 38 08 61 6B 6C 00"
        " 30 6D 6E 6F 70 06 71 02 70 04 10 72 73 74 75 76 10 77 78 79 7A 00 3C"
    )
    assert decompress(spec_bytes) == text
    ours = compress(text)
    assert len(ours) == len(spec_bytes)  # same tokens, only offsets differ
    assert bytes(decompress_stream(bytearray(ours))) == text


def _texty(n: int, seed: int) -> bytes:
    rng = random.Random(seed)
    words = [b"Dim ", b"As Long", b"\r\n", b"    ", b"End Sub", b"x", b"RunPython ", b"'"]
    out = bytearray()
    while len(out) < n:
        out += rng.choice(words)
    return bytes(out[:n])


# Chunk boundaries are every 4096 decompressed bytes.
LENGTHS = [0, 1, 2, 3, 17, 4095, 4096, 4097, 8191, 8192, 8193, 30000]


@pytest.mark.parametrize("n", LENGTHS, ids=[f"{n}B" for n in LENGTHS])
def test_olevba_decompresses_what_we_compress(n: int) -> None:
    for data in (_texty(n, n), b"a" * n, random.Random(n).randbytes(min(n, 3000))):
        packed = compress(data)
        assert bytes(decompress_stream(bytearray(packed))) == data
        assert decompress(packed) == data


def test_incompressible_full_chunk_is_stored_raw() -> None:
    data = random.Random(1).randbytes(4096)
    packed = compress(data)
    # header: flag 0 (raw), signature 0b011, size 4098 - 3 = 0xFFF
    assert struct.unpack_from("<H", packed, 1)[0] == 0x3FFF
    assert packed[3:] == data
    assert bytes(decompress_stream(bytearray(packed))) == data


# --------------------------------------------------------------------------
# 2.4.3 data encryption
# --------------------------------------------------------------------------


def _xlwings_project_stream() -> tuple[str, dict[str, str]]:
    with zipfile.ZipFile(xlwings_ribbon_addin_path()) as z:
        ole = olefile.OleFileIO(io.BytesIO(z.read("xl/vbaProject.bin")))
    text = ole.openstream("PROJECT").read().decode("cp1252")
    values = {}
    for line in text.splitlines():
        key, _, value = line.partition("=")
        values[key] = value.strip('"')
    return values["ID"], values


def test_decrypt_values_written_by_excel() -> None:
    # xlwings' add-in was saved by Excel: unprotected (CMG = 4 zero bytes),
    # no password (DPB = one zero byte), visible (GC = 0xFF), [MS-OVBA] 2.3.1.15-17.
    project_id, values = _xlwings_project_stream()
    assert decrypt_project_value(values["CMG"], project_id) == b"\x00\x00\x00\x00"
    assert decrypt_project_value(values["DPB"], project_id) == b"\x00"
    assert decrypt_project_value(values["GC"], project_id) == b"\xff"
    with pytest.raises(ValueError, match="does not belong"):
        decrypt_project_value(values["CMG"], "{00000000-0000-0000-0000-000000000001}")


@pytest.mark.parametrize("seed", range(0, 256, 17))
def test_encryption_round_trips(seed: int) -> None:
    pid = "{318BEE36-5BE1-492A-826D-473DB19B0F30}"
    for data in (b"\x00\x00\x00\x00", b"\x00", b"\xff"):
        text = encrypt_project_value(data, pid, seed)
        assert text == text.upper()
        # seed, version, key, (seed & 6) / 2 ignored bytes, 4 length bytes, data
        assert len(text) == 2 * (3 + (seed & 6) // 2 + 4 + len(data))
        assert decrypt_project_value(text, pid) == data


# --------------------------------------------------------------------------
# the whole project, read by olevba
# --------------------------------------------------------------------------

MODULES = {
    "Mod1": "Sub A()\r\nEnd Sub\r\n",
    # LF line ends and a stale VB_Name (as in a renamed .bas file)
    "Mod2": 'Attribute VB_Name = "Old"\nSub B()\n  MsgBox "x"\nEnd Sub',
    # a commented-out VB_Name is code, as in xlwings.bas
    "Mod3": "'Attribute VB_Name = \"Main\"\nFunction F() As Long\n  F = 1\nEnd Function\n",
}

EXPECTED_SOURCE = {
    "Mod1": 'Attribute VB_Name = "Mod1"\r\nSub A()\r\nEnd Sub\r\n',
    "Mod2": 'Attribute VB_Name = "Mod2"\r\nSub B()\r\n  MsgBox "x"\r\nEnd Sub\r\n',
    "Mod3": 'Attribute VB_Name = "Mod3"\r\n\'Attribute VB_Name = "Main"\r\n'
    "Function F() As Long\r\n  F = 1\r\nEnd Function\r\n",
}


def _macros(data: bytes) -> dict[str, tuple[str, str, str]]:
    parser = VBA_Parser("vbaProject.bin", data=data)
    assert parser.detect_vba_macros()
    return {
        stream.split("/")[-1]: (stream, filename, code)
        for _, stream, filename, code in parser.extract_macros()
    }


def test_olevba_recovers_every_module_exactly() -> None:
    data = build_vba_project(MODULES, document_modules=("ThisWorkbook", "Sheet1", "Sheet2"))
    found = _macros(data)
    assert set(found) == {"ThisWorkbook", "Sheet1", "Sheet2", "Mod1", "Mod2", "Mod3"}
    for name, expected in EXPECTED_SOURCE.items():
        stream, filename, code = found[name]
        assert (stream, filename) == (f"VBA/{name}", f"{name}.bas")
        assert code == expected
    # Document modules are .cls with Excel's VB_Base: workbook 00020819, sheet 00020820.
    assert found["ThisWorkbook"][1] == "ThisWorkbook.cls"
    assert 'VB_Base = "0{00020819-0000-0000-C000-000000000046}"' in found["ThisWorkbook"][2]
    assert 'VB_Base = "0{00020820-0000-0000-C000-000000000046}"' in found["Sheet2"][2]
    assert "VB_PredeclaredId = True" in found["Sheet1"][2]


def test_streams_have_the_version_independent_layout() -> None:
    pid = "{11111111-2222-3333-4444-555555555555}"
    data = build_vba_project(MODULES, project_id=pid, seed=0x5D)
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT)
    assert ole.openstream("VBA/_VBA_PROJECT").read() == bytes.fromhex("CC61FFFF000000")
    # Module source at offset 0: the stream is one compressed container.
    raw = bytes(decompress_stream(bytearray(ole.openstream("VBA/Mod2").read())))
    assert raw == EXPECTED_SOURCE["Mod2"].encode("cp1252")
    project = ole.openstream("PROJECT").read().decode("cp1252").split("\r\n")
    assert project[:7] == [
        f'ID="{pid}"',
        "Document=ThisWorkbook/&H00000000",
        "Document=Sheet1/&H00000000",
        "Module=Mod1",
        "Module=Mod2",
        "Module=Mod3",
        'Name="JixiaoVBA"',
    ]
    values = dict(line.split("=", 1) for line in project if line[:4] in ("CMG=", "DPB=", "GC=\""))
    assert decrypt_project_value(values["CMG"].strip('"'), pid) == b"\x00\x00\x00\x00"
    assert decrypt_project_value(values["DPB"].strip('"'), pid) == b"\x00"
    assert decrypt_project_value(values["GC"].strip('"'), pid) == b"\xff"
    wm = ole.openstream("PROJECTwm").read()
    assert wm.startswith(b"ThisWorkbook\x00" + "ThisWorkbook".encode("utf-16-le") + b"\x00\x00")
    assert wm.endswith(b"Mod3\x00" + "Mod3".encode("utf-16-le") + b"\x00\x00\x00\x00")


def test_dir_stream_records() -> None:
    data = build_vba_project({"M": "Sub A()\nEnd Sub\n"}, project_name="P1", document_modules=())
    ole = olefile.OleFileIO(io.BytesIO(data))
    d = bytes(decompress_stream(bytearray(ole.openstream("VBA/dir").read())))
    records = []
    pos = 0
    while pos < len(d):
        rid, size = struct.unpack_from("<HI", d, pos)
        size = 6 if rid == 0x0009 else size  # PROJECTVERSION: Reserved=4, 6 bytes follow
        records.append((rid, d[pos + 6 : pos + 6 + size]))
        pos += 6 + size
    ids = [r for r, _ in records]
    values = dict(records)
    assert ids[:4] == [0x0001, 0x0002, 0x0014, 0x0003]
    assert values[0x0003] == struct.pack("<H", 1252)
    assert values[0x0004] == b"P1"
    assert ids.count(0x000D) == 2  # stdole and Office references
    assert values[0x000F] == struct.pack("<H", 1)  # one module
    assert values[0x0019] == b"M" and values[0x0047] == "M".encode("utf-16-le")
    assert values[0x0031] == struct.pack("<I", 0)  # MODULEOFFSET: source at 0
    assert 0x0021 in ids and 0x0022 not in ids  # procedural module
    assert ids[-2:] == [0x002B, 0x0010]


def test_output_is_reproducible_and_id_follows_the_source() -> None:
    assert build_vba_project(MODULES) == build_vba_project(MODULES)

    def project_id(data: bytes) -> str:
        ole = olefile.OleFileIO(io.BytesIO(data))
        return ole.openstream("PROJECT").read().decode("cp1252").split("\r\n")[0]

    changed = {**MODULES, "Mod1": "Sub A2()\r\nEnd Sub\r\n"}
    first = project_id(build_vba_project(MODULES))
    uuid5 = r"[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}"
    assert re.fullmatch(rf'ID="\{{{uuid5}\}}"', first)
    assert project_id(build_vba_project(changed)) != first


@pytest.mark.parametrize(
    ("modules", "kwargs", "match"),
    [
        ({"bad name": "x"}, {}, "invalid VBA name"),
        ({"模块": "x"}, {}, "invalid VBA name"),
        ({"M": "x"}, {"project_name": "1abc"}, "invalid VBA name"),
        ({"sheet1": "x"}, {}, "duplicate module names"),
        ({"M": 'MsgBox "校验"'}, {}, "not encodable in code page 1252"),
        ({"M": "x"}, {"codepage": 437}, "unsupported code page"),
    ],
    ids=["space", "chinese-name", "digit-first", "case-duplicate", "chinese-text", "cp437"],
)
def test_bad_input_is_rejected(modules: dict, kwargs: dict, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        build_vba_project(modules, **kwargs)


def test_chinese_source_with_gbk_code_page() -> None:
    data = build_vba_project({"M": 'MsgBox "校验"\r\n'}, codepage=936)
    ole = olefile.OleFileIO(io.BytesIO(data))
    raw = bytes(decompress_stream(bytearray(ole.openstream("VBA/M").read())))
    assert raw.decode("gbk") == 'Attribute VB_Name = "M"\r\nMsgBox "校验"\r\n'


def test_large_module_spans_many_chunks() -> None:
    body = "".join(f"Sub S{i}()\r\n    Debug.Print {i}\r\nEnd Sub\r\n" for i in range(3000))
    found = _macros(build_vba_project({"Big": body}))
    assert found["Big"][2] == 'Attribute VB_Name = "Big"\r\n' + body
