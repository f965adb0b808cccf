"""Committed templates equal a fresh build (content, not zip bytes)."""

import re
import zipfile

import pytest

from jixiao.templates.build import build_all
from tests.templates.conftest import COMMITTED

VOLATILE = re.compile(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>")


def _parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: VOLATILE.sub(b"", z.read(n)) for n in z.namelist()}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, specs):
    out = tmp_path_factory.mktemp("rebuilt")
    return build_all(out, list(specs.values()))


def test_rebuild_matches_committed(rebuilt, specs):
    assert len(rebuilt) == 2 * len(specs) + 1  # every spec × 2 flavours + jixiao.xlam
    for fresh in rebuilt:
        committed = COMMITTED / fresh.name
        assert committed.exists(), f"{fresh.name} not committed: run `jixiao templates build`"
        if fresh.suffix != ".xlam":
            with zipfile.ZipFile(committed) as z:
                assert b'fullCalcOnLoad="1"' in z.read("xl/workbook.xml")
        a, b = _parts(fresh), _parts(committed)
        assert sorted(a) == sorted(b), fresh.name
        for name in a:
            assert a[name] == b[name], f"{fresh.name}:{name} differs: rebuild the templates"
