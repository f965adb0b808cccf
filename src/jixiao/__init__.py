"""jixiao (绩效): scoring rules, templates and whole-sheet validation for 评分表."""

from jixiao.numbers import parse_number

__version__ = "0.1.0"
__all__ = ["parse_number"]
