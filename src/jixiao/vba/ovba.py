"""Build a ``vbaProject.bin`` from VBA source text ([MS-OVBA]).

The project is written in the *version-independent* form: the
``_VBA_PROJECT`` stream is only the 7-byte header ``CC 61 FF FF 00 00 00``
and every module stream holds its compressed source at offset 0 with no
performance cache, so Office (any version, 32 or 64 bit) compiles the
project from source when it opens the file ([MS-OVBA] 2.3.4.1, 2.3.4.3).

Layout of the compound file::

    PROJECT            text: ID, Document=/Module= lines, Name, CMG/DPB/GC ...
    PROJECTwm          module names, MBCS and UTF-16
    VBA/_VBA_PROJECT   CC 61 FF FF 00 00 00
    VBA/dir            compressed: project information, references, modules
    VBA/<module>       compressed source text of each module

Module text is stored as an exported ``.bas`` file would be imported by the
VBA editor: CRLF line ends, the first line ``Attribute VB_Name = "<name>"``
(any ``Attribute VB_Name`` line in the given text is replaced), and for
document modules (``ThisWorkbook``, ``Sheet1`` ...) the standard
``VB_Base``/``VB_PredeclaredId``... attribute block. Source must be encodable
in the project code page (default 1252); keep non-ASCII text out of VBA and
build it with ``ChrW`` if needed, because a code-page mismatch garbles it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import struct
import uuid
from collections.abc import Iterable, Mapping

from jixiao.vba.cfb import write_compound_file

__all__ = [
    "build_vba_project",
    "compress",
    "decompress",
    "decrypt_project_value",
    "encrypt_project_value",
    "module_source",
]

# --------------------------------------------------------------------------
# 2.4.1 compression
# --------------------------------------------------------------------------

_CHUNK = 4096
_MAX_CANDIDATES = 256  # bounds the match search; any valid match is correct


def _copy_token_shape(difference: int) -> tuple[int, int]:
    """Return (bit_count, maximum_length) for a position inside a chunk (2.4.1.3.19.1)."""
    bit_count = max((difference - 1).bit_length(), 4)
    return bit_count, (0xFFFF >> bit_count) + 3


def _compress_chunk(data: bytes) -> bytes:
    """Compress one decompressed chunk (<= 4096 bytes) into its token sequences."""
    out = bytearray()
    pos = 0
    end = len(data)
    heads: dict[bytes, list[int]] = {}

    def remember(p: int) -> None:
        if p + 3 <= end:
            heads.setdefault(data[p : p + 3], []).append(p)

    while pos < end:
        flag_index = len(out)
        out.append(0)
        flags = 0
        for bit in range(8):
            if pos >= end:
                break
            best_len = 0
            best_off = 0
            if pos > 0 and pos + 3 <= end:
                bit_count, max_len = _copy_token_shape(pos)
                limit = min(max_len, end - pos)
                # Nearest candidates first; ties keep the nearest, as in the spec.
                candidates = heads.get(data[pos : pos + 3], [])
                for cand in reversed(candidates[-_MAX_CANDIDATES:]):
                    length = 3
                    while length < limit and data[cand + length] == data[pos + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_off = length, pos - cand
                        if length == limit:
                            break
            if best_len >= 3:
                token = ((best_off - 1) << (16 - bit_count)) | (best_len - 3)
                out += struct.pack("<H", token)
                flags |= 1 << bit
                for p in range(pos, pos + best_len):
                    remember(p)
                pos += best_len
            else:
                out.append(data[pos])
                remember(pos)
                pos += 1
        out[flag_index] = flags
    return bytes(out)


def compress(data: bytes) -> bytes:
    """Compress ``data`` into an [MS-OVBA] 2.4.1 CompressedContainer."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), _CHUNK):
        chunk = data[start : start + _CHUNK]
        body = _compress_chunk(chunk)
        if len(body) <= _CHUNK:
            header = 0xB000 | (len(body) + 2 - 3)
        else:
            # Raw chunk: always 4096 bytes (2.4.1.3.10), zero-padded.
            body = chunk.ljust(_CHUNK, b"\x00")
            header = 0x3000 | (_CHUNK + 2 - 3)
        out += struct.pack("<H", header) + body
    return bytes(out)


def decompress(data: bytes) -> bytes:
    """Decompress an [MS-OVBA] 2.4.1 CompressedContainer (used by the tests and tooling)."""
    if not data or data[0] != 1:
        msg = "not an MS-OVBA compressed container (signature byte is not 0x01)"
        raise ValueError(msg)
    out = bytearray()
    pos = 1
    while pos < len(data):
        header = struct.unpack_from("<H", data, pos)[0]
        size = (header & 0x0FFF) + 3
        chunk_end = min(pos + size, len(data))
        pos += 2
        chunk_start = len(out)
        if not header & 0x8000:
            out += data[pos : pos + _CHUNK]
            pos += _CHUNK
            continue
        while pos < chunk_end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= chunk_end:
                    break
                if not flags & (1 << bit):
                    out.append(data[pos])
                    pos += 1
                    continue
                token = struct.unpack_from("<H", data, pos)[0]
                pos += 2
                bit_count, _ = _copy_token_shape(len(out) - chunk_start)
                length = (token & (0xFFFF >> bit_count)) + 3
                offset = (token >> (16 - bit_count)) + 1
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


# --------------------------------------------------------------------------
# 2.4.3 data encryption (CMG / DPB / GC values of the PROJECT stream)
# --------------------------------------------------------------------------


def _project_key(project_id: str) -> int:
    return sum(project_id.encode("ascii")) & 0xFF


def encrypt_project_value(data: bytes, project_id: str, seed: int | None = None) -> str:
    """Encrypt ``data`` as [MS-OVBA] 2.4.3.2 does; return the uppercase hex text.

    Args:
        data: the plain bytes (e.g. ``b"\\x00\\x00\\x00\\x00"`` for CMG).
        project_id: the ``ID=`` value including braces, ``"{...}"``.
        seed: the random seed byte; random when omitted.
    """
    if seed is None:
        seed = secrets.randbelow(256)
    version = 2
    key = _project_key(project_id)
    version_enc = seed ^ version
    key_enc = seed ^ key
    out = bytearray([seed, version_enc, key_enc])
    unencrypted_1 = key
    encrypted_1 = key_enc
    encrypted_2 = version_enc
    for _ in range((seed & 6) // 2):
        temp = 0  # any value will do; zero keeps output reproducible for a given seed
        byte_enc = ((encrypted_2 + unencrypted_1) & 0xFF) ^ temp
        out.append(byte_enc)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, byte_enc, temp
    for byte in struct.pack("<I", len(data)) + data:
        byte_enc = byte ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        out.append(byte_enc)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, byte_enc, byte
    return out.hex().upper()


def decrypt_project_value(text: str, project_id: str | None = None) -> bytes:
    """Decrypt a CMG/DPB/GC value ([MS-OVBA] 2.4.3.3).

    Raises ``ValueError`` when the version byte is not 2, or when
    ``project_id`` is given and its key does not match.
    """
    enc = bytes.fromhex(text)
    seed, version_enc, key_enc = enc[0], enc[1], enc[2]
    if seed ^ version_enc != 2:
        msg = f"encrypted value has version {seed ^ version_enc}, expected 2"
        raise ValueError(msg)
    key = seed ^ key_enc
    if project_id is not None and key != _project_key(project_id):
        msg = "encrypted value does not belong to this project ID"
        raise ValueError(msg)
    unencrypted_1 = key
    encrypted_1 = key_enc
    encrypted_2 = version_enc
    pos = 3
    for _ in range((seed & 6) // 2):
        byte_enc = enc[pos]
        pos += 1
        byte = byte_enc ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, byte_enc, byte
    plain = bytearray()
    for byte_enc in enc[pos:]:
        byte = byte_enc ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        plain.append(byte)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, byte_enc, byte
    length = struct.unpack_from("<I", plain)[0]
    if length != len(plain) - 4:
        msg = f"encrypted value declares {length} bytes but holds {len(plain) - 4}"
        raise ValueError(msg)
    return bytes(plain[4:])


# --------------------------------------------------------------------------
# module text
# --------------------------------------------------------------------------

_VB_NAME = re.compile(r"^Attribute\s+VB_Name\s*=.*$", re.IGNORECASE)
_NAME_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,30}$")

# VB_Base CLSIDs of Excel's document modules.
_WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"
_SHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"


def _document_attributes(name: str, base: str) -> list[str]:
    return [
        f'Attribute VB_Name = "{name}"',
        f'Attribute VB_Base = "{base}"',
        "Attribute VB_GlobalNameSpace = False",
        "Attribute VB_Creatable = False",
        "Attribute VB_PredeclaredId = True",
        "Attribute VB_Exposed = True",
        "Attribute VB_TemplateDerived = False",
        "Attribute VB_Customizable = True",
    ]


def module_source(name: str, text: str, *, document_base: str | None = None) -> str:
    """Return the text stored for a module: CRLF lines, ``Attribute VB_Name`` first.

    Any ``Attribute VB_Name`` line in ``text`` is dropped (commented-out
    ones such as ``'Attribute VB_Name = "Main"`` are code and stay); every
    other line is kept as is, and the text ends with one line break. For a
    document module ``document_base`` is its ``VB_Base`` value and the
    standard document attribute block is written instead.
    """
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln for ln in normalized.split("\n") if not _VB_NAME.match(ln)]
    if document_base is None:
        head = [f'Attribute VB_Name = "{name}"']
    else:
        lines = [ln for ln in lines if not ln.startswith("Attribute VB_")]
        head = _document_attributes(name, document_base)
    stored = "\r\n".join(head + lines)
    return stored if stored.endswith("\r\n") else stored + "\r\n"


# --------------------------------------------------------------------------
# dir stream (2.3.4.2)
# --------------------------------------------------------------------------

# Registered references written by Excel into every new project. VBA resolves
# them by GUID from the registry, so the path is only a hint.
_REFERENCES = (
    (
        "stdole",
        "*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#"
        "C:\\Windows\\System32\\stdole2.tlb#OLE Automation",
    ),
    (
        "Office",
        "*\\G{2DF8D04C-5BFA-101B-BDE5-00AA0044DE52}#2.0#0#"
        "C:\\Program Files\\Common Files\\Microsoft Shared\\OFFICE16\\MSO.DLL"
        "#Microsoft Office 16.0 Object Library",
    ),
)


def _rec(rid: int, payload: bytes) -> bytes:
    return struct.pack("<HI", rid, len(payload)) + payload


def _dir_stream(
    project_name: str,
    modules: list[tuple[str, str]],
    codepage: str,
    codepage_id: int,
) -> bytes:
    def mbcs(s: str) -> bytes:
        return s.encode(codepage)

    def u16(s: str) -> bytes:
        return s.encode("utf-16-le")

    out = bytearray()
    out += _rec(0x0001, struct.pack("<I", 1))  # PROJECTSYSKIND: 32-bit Windows
    out += _rec(0x0002, struct.pack("<I", 0x0409))  # PROJECTLCID
    out += _rec(0x0014, struct.pack("<I", 0x0409))  # PROJECTLCIDINVOKE
    out += _rec(0x0003, struct.pack("<H", codepage_id))  # PROJECTCODEPAGE
    out += _rec(0x0004, mbcs(project_name))  # PROJECTNAME
    out += _rec(0x0005, b"") + _rec(0x0040, b"")  # PROJECTDOCSTRING
    out += _rec(0x0006, b"") + _rec(0x003D, b"")  # PROJECTHELPFILEPATH
    out += _rec(0x0007, struct.pack("<I", 0))  # PROJECTHELPCONTEXT
    out += _rec(0x0008, struct.pack("<I", 0))  # PROJECTLIBFLAGS
    # PROJECTVERSION: Reserved=4 although 6 bytes follow (major 4, minor 2).
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)
    out += _rec(0x000C, b"") + _rec(0x003C, b"")  # PROJECTCONSTANTS
    for ref_name, libid in _REFERENCES:
        out += _rec(0x0016, mbcs(ref_name)) + _rec(0x003E, u16(ref_name))
        lib = libid.encode("ascii")
        body = struct.pack("<I", len(lib)) + lib + struct.pack("<IH", 0, 0)
        out += _rec(0x000D, body)  # REFERENCEREGISTERED
    out += _rec(0x000F, struct.pack("<H", len(modules)))  # PROJECTMODULES
    out += _rec(0x0013, struct.pack("<H", 0xFFFF))  # PROJECTCOOKIE
    for name, kind in modules:
        out += _rec(0x0019, mbcs(name)) + _rec(0x0047, u16(name))
        out += _rec(0x001A, mbcs(name)) + _rec(0x0032, u16(name))  # stream name
        out += _rec(0x001C, b"") + _rec(0x0048, b"")  # MODULEDOCSTRING
        out += _rec(0x0031, struct.pack("<I", 0))  # MODULEOFFSET: source at 0
        out += _rec(0x001E, struct.pack("<I", 0))  # MODULEHELPCONTEXT
        out += _rec(0x002C, struct.pack("<H", 0xFFFF))  # MODULECOOKIE
        # MODULETYPE: 0x21 procedural; 0x22 document, class or designer
        out += _rec(0x0021 if kind == _STANDARD else 0x0022, b"")
        out += _rec(0x002B, b"")  # module terminator
    out += _rec(0x0010, b"")  # dir terminator
    return bytes(out)


_NOT_PROTECTED = b"\x00\x00\x00\x00"
_NO_PASSWORD = b"\x00"
_VISIBLE = b"\xff"


def _project_stream(
    project_id: str,
    project_name: str,
    modules: list[tuple[str, str]],
    codepage: str,
    seed: int | None,
) -> bytes:
    lines = [f'ID="{project_id}"']
    for name, kind in modules:
        if kind == _DOCUMENT:
            lines.append(f"Document={name}/&H00000000")
        else:
            lines.append(f"Class={name}" if kind == _CLASS else f"Module={name}")
    lines += [
        f'Name="{project_name}"',
        'HelpContextID="0"',
        'VersionCompatible32="393222000"',
        # Not protected, no password, visible ([MS-OVBA] 2.3.1.15-17).
        f'CMG="{encrypt_project_value(_NOT_PROTECTED, project_id, seed)}"',
        f'DPB="{encrypt_project_value(_NO_PASSWORD, project_id, seed)}"',
        f'GC="{encrypt_project_value(_VISIBLE, project_id, seed)}"',
        "",
        "[Host Extender Info]",
        "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
        "",
        "[Workspace]",
    ]
    lines += [f"{name}=0, 0, 0, 0, C" for name, _ in modules]
    return ("\r\n".join(lines) + "\r\n").encode(codepage)


def _projectwm_stream(modules: list[tuple[str, str]], codepage: str) -> bytes:
    out = bytearray()
    for name, _ in modules:
        out += name.encode(codepage) + b"\x00" + name.encode("utf-16-le") + b"\x00\x00"
    return bytes(out + b"\x00\x00")


_CODEPAGES = {1252: "cp1252", 936: "gbk", 65001: "utf-8"}
_STANDARD, _DOCUMENT, _CLASS = "module", "document", "class"


def build_vba_project(
    modules: Mapping[str, str],
    project_name: str = "JixiaoVBA",
    document_modules: Iterable[str] = ("ThisWorkbook", "Sheet1"),
    *,
    codepage: int = 1252,
    project_id: str | None = None,
    seed: int | None = None,
    class_modules: Mapping[str, str] | None = None,
) -> bytes:
    """Build a version-independent ``vbaProject.bin`` from VBA source.

    Args:
        modules: standard-module name -> source text (e.g. the content of a
            ``.bas`` file; its ``Attribute VB_Name`` line is replaced by one
            naming the dict key).
        project_name: the VBA project name (``[A-Za-z][A-Za-z0-9_]*``).
        document_modules: document modules to declare. The first one whose
            name is ``ThisWorkbook`` gets the workbook ``VB_Base``, the
            others the worksheet one. They must match the workbook's and
            sheets' ``codeName`` in the .xlsm (XlsxWriter's defaults are
            ``ThisWorkbook`` and ``Sheet1``, ``Sheet2``...).
        codepage: the project code page (1252 by default); all names and
            source must be encodable in it.
        project_id: the ``ID="{GUID}"`` of the PROJECT stream. When omitted
            it is a name-based UUID (uuid5) of the project name and sources.
        seed: seed byte for the CMG/DPB/GC encryption; derived from the same
            digest when omitted. So by default the same input always gives
            byte-identical output (reproducible template builds).
        class_modules: class-module name -> source text including its
            ``Attribute VB_*`` block (as exported to a ``.cls`` file, without
            the ``VERSION``/``BEGIN`` header); the ``VB_Name`` line is replaced.

    Returns:
        The compound file bytes, ready for ``xl/vbaProject.bin``.
    """
    if codepage not in _CODEPAGES:
        msg = f"unsupported code page {codepage}; use one of {sorted(_CODEPAGES)}"
        raise ValueError(msg)
    cp = _CODEPAGES[codepage]
    docs = list(document_modules)
    classes = dict(class_modules or {})
    ordered: list[tuple[str, str]] = [(d, _DOCUMENT) for d in docs]
    ordered += [(m, _STANDARD) for m in modules]
    ordered += [(c, _CLASS) for c in classes]
    names = [project_name] + [n for n, _ in ordered]
    for name in names:
        if not _NAME_OK.match(name):
            msg = f"invalid VBA name {name!r}: use ASCII letters, digits and _, at most 31"
            raise ValueError(msg)
    upper = [n.upper() for n, _ in ordered]
    if len(set(upper)) != len(upper):
        msg = f"duplicate module names (VBA ignores case): {[n for n, _ in ordered]}"
        raise ValueError(msg)
    if project_id is None or seed is None:
        digest = hashlib.sha256(
            "\x00".join([project_name, str(codepage), *docs, *modules, *modules.values(),
                       *classes, *classes.values()]).encode()
        ).digest()
        if project_id is None:
            project_id = "{" + str(uuid.UUID(bytes=digest[:16], version=5)).upper() + "}"
        if seed is None:
            seed = digest[16]

    streams: dict[str, bytes] = {}
    for name, kind in ordered:
        if kind == _DOCUMENT:
            base = _WORKBOOK_BASE if name == "ThisWorkbook" else _SHEET_BASE
            text = module_source(name, "", document_base=base)
        else:
            text = module_source(name, modules[name] if kind == _STANDARD else classes[name])
        try:
            raw = text.encode(cp)
        except UnicodeEncodeError as exc:
            msg = f"module {name!r} has text not encodable in code page {codepage}: {exc}"
            raise ValueError(msg) from exc
        streams[f"VBA/{name}"] = compress(raw)
    streams["VBA/_VBA_PROJECT"] = bytes.fromhex("CC61FFFF000000")
    streams["VBA/dir"] = compress(_dir_stream(project_name, ordered, cp, codepage))
    streams["PROJECT"] = _project_stream(project_id, project_name, ordered, cp, seed)
    streams["PROJECTwm"] = _projectwm_stream(ordered, cp)
    return write_compound_file(streams)
