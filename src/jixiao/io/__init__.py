"""Safe file input/output for untrusted workbooks (see ``load``, ``safety``, ``atomic``).

    load_workbook(path, *, need_formulas=True, max_cells=2_000_000) -> LoadedWorkbook
    check_file(path | LoadedWorkbook) -> [(code, message_zh)]
    write_atomically(path, bytes | callable(file)) ; atomic_output(path) -> temp Path
    file_fingerprint(path) -> (sha256, mtime_ns, size)
"""

from jixiao.io.atomic import atomic_output, file_fingerprint, write_atomically
from jixiao.io.checks import check_file, check_loaded
from jixiao.io.load import ENCRYPTED_ZH, formula_links, load_workbook
from jixiao.io.safety import DEFAULT_LIMITS, Limits, read_file_once, sniff_format
from jixiao.io.vba import KNOWN_VBA_MODULE_HASHES, extract_vba_modules, vba_module_hash

__all__ = [
    "DEFAULT_LIMITS",
    "ENCRYPTED_ZH",
    "KNOWN_VBA_MODULE_HASHES",
    "Limits",
    "atomic_output",
    "check_file",
    "check_loaded",
    "extract_vba_modules",
    "file_fingerprint",
    "formula_links",
    "load_workbook",
    "read_file_once",
    "sniff_format",
    "vba_module_hash",
    "write_atomically",
]
