"""``jixiao templates new`` over every hostile file kind: finishes, says why in Chinese,
exits 3 for what cannot be read (or holds no 评分表), 0/1 otherwise; never changes the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.io import file_fingerprint
from tests.hostile.make_corpus import EXPECTED
from tests.hostile.test_cli_corpus import NO_TABLE, run_guarded

SKIP = {"directory"}  # click refuses a folder as SOURCE (usage error)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from tests.hostile.make_corpus import make_corpus

    return make_corpus(tmp_path_factory.mktemp("hostile-new"), use_soffice=False)


@pytest.mark.parametrize("kind", sorted(set(EXPECTED) - SKIP))
def test_templates_new_on_each_kind(corpus: dict[str, Path], kind: str, tmp_path: Path) -> None:
    if kind not in corpus:
        pytest.skip(f"{kind} cannot be generated here")
    path = corpus[kind]
    before = file_fingerprint(path) if path.is_file() and kind != "fifo" else None
    res = run_guarded(["templates", "new", str(path), "--id", "h", "--out", str(tmp_path)])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    expected = EXPECTED[kind]
    if expected is not None or kind in NO_TABLE:
        assert res.exit_code == 3, (kind, res.output)
        assert str(path) in res.stderr or path.name in res.stderr, res.stderr
        for word in expected or ("未找到评分表",):
            assert word in res.stderr, (kind, res.stderr)
    else:
        assert res.exit_code in (0, 1), (kind, res.output)
    if before is not None:
        assert file_fingerprint(path) == before
