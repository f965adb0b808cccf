"""Render the README picture of a review workbook: seed 000's 评分表 typed in Word →
``templates new`` → 审核表 → LibreOffice PDF → PNG of the first page (pypdfium2, not a jixiao dependency).

Run: ``.venv/bin/python -m tests.authoring.make_review_png`` (writes docs/img/review-seed000.png).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from jixiao.templates.authoring import new_template
from jixiao.templates.spec import load_all_specs
from tests import lo
from tests.authoring.seed_tables import write_docx

REPO = Path(__file__).resolve().parents[2]


def main() -> Path:
    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        src = write_docx(spec, t / "华宁县评分表.docx")
        res = new_template(src, t / "out", spec_id="my-huaning")
        pdf = lo.convert(res.review_path, t / "pdf", "pdf", t)
        import pypdfium2  # a tool for this picture only: pip install pypdfium2 pillow

        page = pypdfium2.PdfDocument(str(pdf))[0]
        image = page.render(scale=1.6).to_pil()
        out = REPO / "docs" / "img" / "review-seed000.png"
        image.save(out, optimize=True)
    return out


if __name__ == "__main__":
    print(main())
