"""Minimal writer for Compound File Binary files ([MS-CFB], version 3).

``olefile`` can only read compound files, so this module writes them. It
covers what a ``vbaProject.bin`` needs:

* 512-byte sectors (major version 3), one FAT, no DIFAT beyond the 109
  header slots (files up to about 6.8 MB);
* a mini stream (64-byte mini sectors) for every stream shorter than the
  4096-byte cutoff, as [MS-CFB] 2.6.3 requires;
* storages and streams nested to any depth.

Sibling entries are stored as a balanced binary search tree with every node
black. [MS-CFB] 2.6.4 orders siblings by name length first, then by the
upper-cased name; readers only need a valid search tree (Apache POI and
LibreOffice write the same shape).

Usage::

    data = write_compound_file({"PROJECT": b"...", "VBA/dir": b"..."})
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

__all__ = ["write_compound_file"]

SECTOR_SIZE = 512
MINI_SECTOR_SIZE = 64
MINI_STREAM_CUTOFF = 4096
ENTRIES_PER_FAT_SECTOR = SECTOR_SIZE // 4
HEADER_DIFAT_SLOTS = 109

FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF

_TYPE_STORAGE = 1
_TYPE_STREAM = 2
_TYPE_ROOT = 5
_BLACK = 1

_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")


@dataclass
class _Node:
    name: str
    kind: int
    data: bytes = b""
    children: dict[str, _Node] = field(default_factory=dict)
    sid: int = -1
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = ENDOFCHAIN
    size: int = 0


def _sort_key(name: str) -> tuple[int, str]:
    # [MS-CFB] 2.6.4: shorter names first, then a case-insensitive compare.
    return (len(name.encode("utf-16-le")) // 2, name.upper())


def _validate_name(name: str) -> None:
    if not name or len(name) > 31:
        msg = f"CFB entry name must have 1-31 characters (got {name!r})"
        raise ValueError(msg)
    if any(c in name for c in "/\\:!"):
        msg = f"CFB entry name may not contain / \\ : ! (got {name!r})"
        raise ValueError(msg)


def _build_tree(streams: dict[str, bytes]) -> _Node:
    root = _Node("Root Entry", _TYPE_ROOT)
    for path, data in streams.items():
        parts = path.split("/")
        node = root
        for part in parts[:-1]:
            _validate_name(part)
            existing = node.children.get(part.upper())
            if existing is None:
                existing = _Node(part, _TYPE_STORAGE)
                node.children[part.upper()] = existing
            elif existing.kind != _TYPE_STORAGE:
                msg = f"{path!r}: {part!r} is a stream, not a storage"
                raise ValueError(msg)
            node = existing
        leaf = parts[-1]
        _validate_name(leaf)
        if leaf.upper() in node.children:
            msg = f"duplicate CFB entry {path!r}"
            raise ValueError(msg)
        node.children[leaf.upper()] = _Node(leaf, _TYPE_STREAM, data=bytes(data))
    return root


def _flatten(root: _Node) -> list[_Node]:
    """Give every node a directory id (root is 0), in breadth-first order."""
    order = [root]
    i = 0
    while i < len(order):
        node = order[i]
        node.sid = i
        order.extend(sorted(node.children.values(), key=lambda n: _sort_key(n.name)))
        i += 1
    for node in order:
        kids = sorted(node.children.values(), key=lambda n: _sort_key(n.name))
        node.child = _balance(kids)
    return order


def _balance(kids: list[_Node]) -> int:
    """Link sorted siblings into a balanced search tree; return the root id."""
    if not kids:
        return NOSTREAM
    mid = len(kids) // 2
    top = kids[mid]
    top.left = _balance(kids[:mid])
    top.right = _balance(kids[mid + 1 :])
    return top.sid


def _dir_entry(node: _Node | None) -> bytes:
    if node is None:
        return b"\x00" * 64 + struct.pack(
            "<HBBIII16sIQQIQ", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"", 0, 0, 0, 0, 0
        )
    name = node.name.encode("utf-16-le") + b"\x00\x00"
    return name.ljust(64, b"\x00") + struct.pack(
        "<HBBIII16sIQQIQ",
        len(name),
        node.kind,
        _BLACK,
        node.left,
        node.right,
        node.child,
        b"",
        0,
        0,
        0,
        node.start,
        node.size,
    )


def _chain(fat: list[int], first: int, count: int) -> None:
    for k in range(count):
        fat[first + k] = first + k + 1 if k < count - 1 else ENDOFCHAIN


def write_compound_file(streams: dict[str, bytes]) -> bytes:
    """Write a version-3 compound file holding ``streams``.

    Args:
        streams: maps a ``/``-separated path (``"VBA/dir"``) to the stream's
            bytes. Storages are created from the path; their order is
            irrelevant because siblings are sorted as [MS-CFB] requires.

    Returns:
        The compound file as bytes.
    """
    root = _build_tree(streams)
    nodes = _flatten(root)
    stream_nodes = [n for n in nodes if n.kind == _TYPE_STREAM]

    # Mini stream: every stream below the cutoff, each padded to 64 bytes.
    mini_stream = bytearray()
    minifat: list[int] = []
    big: list[_Node] = []
    for node in stream_nodes:
        node.size = len(node.data)
        if node.size == 0:
            node.start = ENDOFCHAIN
        elif node.size < MINI_STREAM_CUTOFF:
            first = len(minifat)
            count = -(-node.size // MINI_SECTOR_SIZE)
            minifat.extend([0] * count)
            _chain(minifat, first, count)
            node.start = first
            mini_stream += node.data.ljust(count * MINI_SECTOR_SIZE, b"\x00")
        else:
            big.append(node)

    def sectors(nbytes: int) -> int:
        return -(-nbytes // SECTOR_SIZE)

    n_dir = sectors(len(nodes) * 128)
    n_minifat = sectors(len(minifat) * 4)
    n_ministream = sectors(len(mini_stream))
    n_big = sum(sectors(n.size) for n in big)
    n_data = n_dir + n_minifat + n_ministream + n_big
    n_fat = 1
    while n_fat * ENTRIES_PER_FAT_SECTOR < n_data + n_fat:
        n_fat += 1
    if n_fat > HEADER_DIFAT_SLOTS:
        msg = f"compound file too large for this writer ({n_fat} FAT sectors)"
        raise ValueError(msg)

    fat = [FREESECT] * (n_fat * ENTRIES_PER_FAT_SECTOR)
    for k in range(n_fat):
        fat[k] = FATSECT
    cursor = n_fat
    dir_start = cursor
    _chain(fat, cursor, n_dir)
    cursor += n_dir
    minifat_start = cursor if n_minifat else ENDOFCHAIN
    _chain(fat, cursor, n_minifat)
    cursor += n_minifat
    root.start = cursor if n_ministream else ENDOFCHAIN
    root.size = len(mini_stream)
    _chain(fat, cursor, n_ministream)
    cursor += n_ministream
    for node in big:
        count = sectors(node.size)
        node.start = cursor
        _chain(fat, cursor, count)
        cursor += count

    difat = list(range(n_fat)) + [FREESECT] * (HEADER_DIFAT_SLOTS - n_fat)
    header = (
        _SIGNATURE
        + b"\x00" * 16
        + struct.pack(
            "<HHHHH6sIIIIIIIII",
            0x003E,  # minor version
            0x0003,  # major version 3: 512-byte sectors
            0xFFFE,  # byte order: little-endian
            9,  # sector shift: 2**9 = 512
            6,  # mini sector shift: 2**6 = 64
            b"",
            0,  # directory sectors (must be 0 in version 3)
            n_fat,
            dir_start,
            0,  # transaction signature
            MINI_STREAM_CUTOFF,
            minifat_start,
            n_minifat,
            ENDOFCHAIN,  # no DIFAT sectors
            0,
        )
        + struct.pack(f"<{HEADER_DIFAT_SLOTS}I", *difat)
    )
    assert len(header) == SECTOR_SIZE

    def pad(data: bytes | bytearray, count: int) -> bytes:
        return bytes(data).ljust(count * SECTOR_SIZE, b"\x00")

    directory = b"".join(_dir_entry(n) for n in nodes)
    directory += b"".join(_dir_entry(None) for _ in range(n_dir * 4 - len(nodes)))
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    minifat_bytes = minifat_bytes.ljust(n_minifat * SECTOR_SIZE, b"\xff")
    out = [
        header,
        struct.pack(f"<{len(fat)}I", *fat),
        directory,
        minifat_bytes,
        pad(mini_stream, n_ministream),
    ]
    out.extend(pad(node.data, sectors(node.size)) for node in big)
    return b"".join(out)
