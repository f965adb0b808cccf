from pathlib import Path

import pytest

from jixiao.templates.build import build_workbook, example_inputs
from jixiao.templates.spec import load_all_specs

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "workbook_templates"


@pytest.fixture(scope="session")
def specs():
    return {s.id: s for s in load_all_specs()}


@pytest.fixture(scope="session")
def seed000(specs):
    return specs["seed000-huaning-zhigong"]


@pytest.fixture(scope="session")
def seed004_jiuzhu(specs):
    return specs["seed004-hongsibao-jiuzhu"]


@pytest.fixture(scope="session")
def filled_builds(tmp_path_factory, specs):
    """Both flavours of seed 000 and seed 004 附件2, filled with the seeds' own values."""
    out = tmp_path_factory.mktemp("filled")
    result = {}
    for sid in ("seed000-huaning-zhigong", "seed004-hongsibao-jiuzhu"):
        spec = specs[sid]
        for flavour, ext in (("portable", "xlsx"), ("udf", "xlsm")):
            result[(sid, flavour)] = build_workbook(spec, flavour, out / f"{sid}.{ext}",
                                                    example_inputs(spec))
    return result
