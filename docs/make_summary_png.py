"""Make docs/img/summary-*.png: a collection of 12 bureaus, rendered by LibreOffice.

    .venv/bin/python docs/make_summary_png.py       # needs soffice, and pypdfium2 + pillow

Seed 000's template is distributed to a roster of 12 bureaus (two never report);
the returns carry the seed report's own values with small variations, one is saved
without calculated results, one has a score typed over its formula, one is left
blank. The summary's first page (汇总) and the matrix's first page (指标得分) are
rendered LibreOffice -> PDF -> PNG.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    import openpyxl
    import pypdfium2 as pdfium

    from jixiao.collect import collect
    from jixiao.distribute import safe_filename, title_stem
    from jixiao.numbers import parse_number
    from jixiao.roster import read_roster
    from jixiao.summary import write_summary
    from jixiao.templates.build import Filled, build_workbook, example_inputs
    from jixiao.templates.spec import load_all_specs
    from tests.xlsx_edit import replace_formula_with_number

    spec = next(s for s in load_all_specs() if s.id == "seed000-huaning-zhigong")
    names = ["红塔区", "江川区", "澄江市", "通海县", "华宁县", "易门县", "峨山县", "新平县",
             "元江县", "晋宁区", "呈贡区", "安宁市"]
    bureaus = [f"{n}医疗保障局" for n in names]
    rng = random.Random(2024)
    work = Path(tempfile.mkdtemp(prefix="jixiao-doc-"))
    roster = work / "名单.csv"
    roster.write_text("单位名称,年度\n" + "".join(f"{b},2024\n" for b in bureaus), encoding="utf-8")
    inbox = work / "收回"
    inbox.mkdir()
    base = example_inputs(spec).values
    judged = {i.path for i in spec.indicators() if i.scoring.kind == "judgement"}
    for i, b in enumerate(bureaus[:-2]):  # the last two never report
        values = {}
        for path, v in base.items():
            if isinstance(v, str):
                try:
                    v = parse_number(v) if parse_number(v) is not None else v
                except ValueError:
                    pass
            if isinstance(v, int | float | Decimal) and not isinstance(v, bool):
                if path in judged:  # 酌情评分: a little below the seed's score
                    v = round(max(0.0, float(v) - rng.choice([0, 0, 0.5, 1, 1.5])), 1)
                else:
                    v = float(v) * rng.uniform(0.85, 1.03)
                    v = round(v, 4) if v < 2 else round(v, 2)
            values[path] = v
        p = inbox / f"{safe_filename(b)}_{title_stem(spec, '2024')}.xlsx"
        build_workbook(spec, "portable", p, Filled(values if i != 9 else {}, b, "2024"))
        if i == 3:
            wb = openpyxl.load_workbook(p)  # saved by a program: no calculated results
            wb.save(p)
        if i == 5:
            replace_formula_with_number(p, "I23", 5)
    result = collect(inbox, roster=read_roster(roster))
    out = work / "汇总.xlsx"
    write_summary(result, out)
    prof = work / "profile"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{prof}",
                    "--convert-to", "pdf", "--outdir", str(work), str(out)], check=True,
                   capture_output=True, timeout=240)
    pdf = pdfium.PdfDocument(str(work / "汇总.pdf"))
    # page 1: 汇总 (ranking); page 2: the first page of the 指标得分 matrix
    for index, name, bottom in ((0, "summary-collect.png", 0.30), (1, "summary-matrix.png", 0.52)):
        img = pdf[index].render(scale=1.4).to_pil()
        w, h = img.size
        img = img.crop((0, int(h * 0.06), w, int(h * bottom)))  # the filled part of the page
        target = ROOT / "docs" / "img" / name
        img.save(target, optimize=True)
        print(target)


if __name__ == "__main__":
    main()
