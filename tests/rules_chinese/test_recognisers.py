"""Each recogniser module of the Chinese reader carries its own examples (doctests); run them."""

import doctest
import importlib

import pytest

MODULES = ["_base", "normalise", "conditions", "fragments", "checklist", "levels", "bands", "refusals",
           "guard", "assemble", "reader", "samples", "failures", "targets", "interpolate",
           "enumerated", "peritem", "factorvalue",
           "passfailitems", "deadlines", "listedlevels", "printednames", "shortnames", "ratefail", "itemrules",
           "placedpoints", "lexicon"]


@pytest.mark.parametrize("name", MODULES)
def test_examples(name):
    mod = importlib.import_module(f"jixiao.rules.chinese.{name}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
