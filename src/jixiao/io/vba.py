"""VBA module sources from a vbaProject.bin / .xls, read with oletools olevba.

Nothing is executed: olevba only decompresses the module streams (MS-OVBA).
``KNOWN_VBA_MODULE_HASHES`` is the allow-list used by ``check_file``; other
code (the template builder) adds the hashes of our own modules with
:func:`vba_module_hash`.
"""

from __future__ import annotations

import hashlib
import logging
import re

#: sha256 (see :func:`vba_module_hash`) of VBA modules we trust. Extend it with
#: ``KNOWN_VBA_MODULE_HASHES.add(vba_module_hash(source))``.
KNOWN_VBA_MODULE_HASHES: set[str] = set()

_ATTR_RE = re.compile(r"^\s*Attribute\s+VB_", re.IGNORECASE)


def normalise_vba(source: str) -> str:
    """Source text without ``Attribute VB_*`` lines, blank lines and line-ending noise."""
    lines = []
    for line in source.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _ATTR_RE.match(line):
            continue
        line = line.rstrip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def vba_module_hash(source: str) -> str:
    """sha256 hex of the normalised module source (Attribute lines ignored).

    >>> vba_module_hash('Attribute VB_Name = "M"\\r\\nSub A()\\r\\nEnd Sub\\r\\n') == \\
    ...     vba_module_hash("Sub A()\\nEnd Sub")
    True
    """
    return hashlib.sha256(normalise_vba(source).encode("utf-8")).hexdigest()


def is_empty_module(source: str) -> bool:
    """True for the stub modules every workbook has (ThisWorkbook/Sheet1 with attributes only)."""
    return not normalise_vba(source).strip()


def extract_vba_modules(data: bytes, filename: str = "vbaProject.bin") -> dict[str, str] | None:
    """Module name -> source text, or None when the modules cannot be read.

    ``data`` is a vbaProject.bin (OLE) or a whole .xls file.
    """
    try:
        from oletools.olevba import VBA_Parser
    except ImportError:  # pragma: no cover - oletools is a test/extra dependency
        return None
    logging.getLogger("olevba").setLevel(logging.CRITICAL)
    modules: dict[str, str] = {}
    parser = None
    try:
        parser = VBA_Parser(filename, data=data)
        if not parser.detect_vba_macros():
            return {}
        for _fname, stream_path, vba_filename, code in parser.extract_macros():
            name = str(vba_filename or stream_path).rsplit(".", 1)[0]
            if isinstance(code, bytes):
                code = code.decode("utf-8", "replace")
            key = name
            i = 2
            while key in modules:
                key = f"{name}#{i}"
                i += 1
            modules[key] = str(code)
    except Exception:  # noqa: BLE001 - olevba raises many types on hostile input
        return None
    finally:
        if parser is not None:
            try:
                parser.close()
            except Exception:  # noqa: BLE001, S110 - best-effort cleanup
                pass
    return modules
