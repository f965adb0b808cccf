"""Indicator specs (评分表模板): see :mod:`jixiao.templates.spec`."""

from jixiao.templates.spec import TemplateSpec, load_all_specs, load_spec, spec_hash

__all__ = ["TemplateSpec", "load_all_specs", "load_spec", "spec_hash"]
