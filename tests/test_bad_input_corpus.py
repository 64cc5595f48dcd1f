"""A corpus of bad inputs, made here, run through every importer and command that takes
a file, in Russian and in English (issue 25).

Each refusal must end in one line on stderr in the user's language (import-survey lists
each bad row on a line of its own before it), with no traceback, no
"unexpected error" or "internal fault", and no English word in Russian mode; a refused
input must leave the workspace file byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from recp_audit import settings
from recp_audit.cli import main
from recp_audit.messages import RecpError
from recp_audit.model import Audit, Enterprise, MeasurementPoint, Park
from recp_audit.reports.catalog import message_text
from recp_audit.services import photos, records
from recp_audit.store.db import create_workspace

# Latin words a Russian message may carry: formats, standards, program names, cell names
ALLOWED = {"xlsx", "xlsm", "csv", "excel", "jpeg", "png", "gif", "bmp", "tiff", "webp",
           "nan", "inf", "recp", "audit", "sqlite", "utf", "nace", "oked", "okved", "ewc",
           "xfd", "all", "postgresql", "debug",
           "survey", "choices", "settings", "sheet"}  # XLSForm's sheet names, Excel's default
SURVEY_HEADER = ["enterprise", "direction", "name", "quantity", "unit"]
ALLOWED |= set(SURVEY_HEADER)  # a column named by the file's own header


def _xlsx(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _replace_part(data: bytes, part: str, content: bytes | None) -> bytes:
    """The workbook `data` with `part` replaced by `content` (left out when None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == part:
                if content is not None:
                    target.writestr(part, content)
            else:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def _zip_bomb(data: bytes) -> bytes:
    """A workbook of about 0.3 MB whose sheet unpacks to 300 MB (a real bomb is 1,000 times
    that; the same check refuses both before anything is unpacked)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, source.read(info.filename))
        with target.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
            chunk = b"A" * (1 << 22)
            for _ in range(75):
                sheet.write(chunk)
            sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    return out.getvalue()


def _far_cells() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(SURVEY_HEADER)
    book.active["XFD2"] = "note"
    book.active["A1048576"] = "note"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _png_header(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b""))


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 300), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def table_files(folder: Path) -> dict[str, Path]:
    """Bad table files (for the survey, baseline, logger and checklist importers)."""
    good = _xlsx([SURVEY_HEADER, ["Dairy", "output", "Whey", 10, "t"]])
    csv_text = "enterprise,direction,name,quantity,unit\nDairy,output,{name},10,t\n"
    cases = {
        "truncated.xlsx": good[:len(good) // 2],
        "zero.xlsx": b"",
        "renamed-binary.xlsx": _png_header(10, 10),
        "zip-bomb.xlsx": _zip_bomb(good),
        "far-cell.xlsx": _far_cells(),
        "damaged-xml.xlsx": _replace_part(good, "xl/worksheets/sheet1.xml", b"<worksheet><sh"),
        "no-workbook-part.xlsx": _replace_part(good, "xl/workbook.xml", None),
        "damaged.csv": ('enterprise,direction,name\nDairy,output,"' + "x" * 140_000
                        + "\n").encode(),
        "nul-name.csv": csv_text.format(name="Wh\x00ey").encode(),
        "long-name.csv": csv_text.format(name="Ж" * 20_000).encode(),
        "utf16-bom.csv": csv_text.format(name="Сыворотка").encode("utf-16"),
        "cp1251-bad.csv": "предприятие;направление\nЗавод;сбыт\n".encode("cp1251"),
        "wrong-columns.csv": b"a,b,c\n1,2,3\n",
        "binary.csv": bytes(range(256)) * 40,
        "zero.csv": b"",
        "logger-nan-inf.csv": b"time,P kW\n2026-01-01 10:00,NaN\n2026-01-01 10:01,inf\n",
    }
    for name, data in cases.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in cases}


def workspace_files(folder: Path, good: Path) -> dict[str, Path]:
    """Damaged workspace files (to open, merge, inspect and hand over)."""
    data = good.read_bytes()
    mangled = bytearray(data)
    mangled[100:12288] = bytes(range(256)) * ((12288 - 100) // 256) + bytes((12288 - 100) % 256)
    cases = {"zero.sqlite": b"", "junk.sqlite": bytes(range(256)) * 20,
             "truncated.sqlite": data[:len(data) // 2], "mangled.sqlite": bytes(mangled),
             "damaged.json": b'{"name": "x", "layout": {', }
    for name, content in cases.items():
        (folder / name).write_bytes(content)
    return {name: folder / name for name in cases}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    home = folder / "work.sqlite"
    workspace = create_workspace(home, author="tester")
    park = records.create(workspace, Park, {"name": "Park"})
    firm = records.create(workspace, Enterprise, {"name": "Dairy", "park_id": park})
    audit = records.create(workspace, Audit, {"title": "2026", "enterprise_id": firm})
    point = records.create(workspace, MeasurementPoint, {"name": "Boiler", "audit_id": audit})
    workspace.close()
    return {"folder": folder, "workspace": home, "park": park, "audit": audit, "point": point,
            "tables": table_files(folder), "workspaces": workspace_files(folder, home)}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def english_words(line: str, names: list[str]) -> list[str]:
    for name in sorted(names, key=len, reverse=True):
        line = line.replace(name, " ")
    line = re.sub(r"[\w./\\-]+\.(xlsx|csv|sqlite|json|jpg|png|yaml)\b", " ", line)
    line = re.sub(r"U\+[0-9A-F]{4}", " ", line)
    line = re.sub(r"«[^»]*»", " ", line)  # the user's own names: a sheet, a template
    return [w for w in re.findall(r"[A-Za-z]{3,}", line) if w.lower() not in ALLOWED]


def check_refusal(capsys, language: str, code: int, names: list[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 0:
        return ""
    lines = err.strip().splitlines()
    assert lines and lines[-1].startswith("recp-audit: "), err  # the refusal, one line
    for line in lines:  # before it, import-survey lists each bad row on a line of its own
        assert "unexpected error" not in line and "internal fault" not in line, line
        if language == "ru":
            assert english_words(line.removeprefix("recp-audit: "), names) == [], line
    return lines[-1]


def commands(corpus, source: Path, out: Path) -> dict[str, list[str]]:
    work = str(corpus["workspace"])
    return {
        "import-survey": ["import-survey", work, str(source), "--park", str(corpus["park"])],
        "import-baseline": ["import-baseline", work, str(source), "--audit",
                            str(corpus["audit"])],
        "import-series": ["import-series", work, str(source), "--audit", str(corpus["audit"]),
                          "--point", "Logger"],
        "import-checklist": ["import-checklist", str(source), "-o", str(out / "c.yaml")],
    }


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_bad_table_file_through_every_importer(corpus, capsys, tmp_path, language):
    settings.save(settings.Settings(language=language))
    folder = corpus["folder"]
    seen = []
    for name, source in corpus["tables"].items():
        for command, argv in commands(corpus, source, tmp_path).items():
            work = corpus["workspace"]
            before = digest(work)
            code = main(argv)
            text = check_refusal(capsys, language, code, [str(folder), str(tmp_path)])
            if code:
                assert digest(work) == before, (name, command, text)
                seen.append((name, command))
    refused = {name for name, _ in seen}
    assert {"zip-bomb.xlsx", "far-cell.xlsx", "truncated.xlsx", "damaged.csv",
            "nul-name.csv", "long-name.csv"} <= refused


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_damaged_workspace_through_every_command(corpus, capsys, tmp_path, language):
    from recp_audit.services.import_templates import templates_dir

    settings.save(settings.Settings(language=language))
    templates_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus["workspaces"]["damaged.json"], templates_dir() / "damaged.json")
    target = tmp_path / "target.sqlite"
    shutil.copy(corpus["workspace"], target)
    for name, bad in corpus["workspaces"].items():
        if not name.endswith(".sqlite"):
            continue
        before = digest(bad)
        target_before = digest(target)
        for argv in (["info", str(bad)], ["options", str(bad), "--audit", str(corpus["audit"])],
                     ["merge", str(target), str(bad)],
                     ["export-audit", str(bad), "--audit", str(corpus["audit"]), "-o",
                      str(tmp_path / f"{name}.handover.sqlite")],
                     ["import-series", str(target), str(corpus["tables"]["logger-nan-inf.csv"]),
                      "--audit", str(corpus["audit"]), "--point", "P", "--template",
                      "damaged"]):
            code = main(argv)
            assert code != 0, argv
            check_refusal(capsys, language, code, [str(tmp_path), str(corpus["folder"])])
        assert digest(bad) == before, name  # a refused file stays byte for byte the same
        assert digest(target) == target_before, name
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_bad_picture_is_refused_in_one_line(corpus, tmp_path, language):
    from recp_audit.store.db import open_workspace

    work = tmp_path / "photos.sqlite"
    shutil.copy(corpus["workspace"], work)
    before = digest(work)
    pictures = {"truncated.jpg": _jpeg()[:2000], "huge-header.png": _png_header(90_000, 90_000),
                "zero.jpg": b"", "renamed-text.jpg": b"not a picture at all",
                "nul\x00name.jpg": _jpeg(), "long-name.jpg": _jpeg()}
    workspace = open_workspace(work)
    try:
        for name, data in pictures.items():
            caption = "Ж" * 25_000 if name == "long-name.jpg" else ""
            with pytest.raises(RecpError) as caught:
                photos.add_photo(workspace, corpus["point"], data, name, caption)
            text = message_text(caught.value.message, language)
            assert "\n" not in text and text
            if language == "ru":
                assert english_words(text, [name]) == [], text
    finally:
        workspace.close()
    assert digest(work) == before


def test_a_logger_file_with_nan_and_inf_is_imported_with_them_counted(corpus, tmp_path,
                                                                      capsys):
    settings.save(settings.Settings(language="en"))
    work = tmp_path / "series.sqlite"
    shutil.copy(corpus["workspace"], work)
    source = tmp_path / "logger.csv"
    source.write_text("time,P kW\n2026-01-01 10:00,NaN\n2026-01-01 10:01,inf\n"
                      "2026-01-01 10:02,5\n2026-01-01 10:03,-inf\n2026-01-01 10:04,7\n"
                      "2026-01-01 10:05,6\n", encoding="utf-8")
    assert main(["import-series", str(work), str(source), "--audit", str(corpus["audit"]),
                 "--point", "Boiler", "--json"]) == 0
    import json

    result = json.loads(capsys.readouterr().out)
    channel = result["channels"][0]
    assert channel["name"] == "P" and result["count"] == 6
    assert result["issues"]["not_finite"] == 3
    assert channel["mean"] == pytest.approx(6.0) and channel["max"] == 7


def test_the_command_line_stops_quietly_when_its_reader_does(corpus, tmp_path):
    import subprocess
    import sys

    reader = subprocess.Popen([sys.executable, "-m", "recp_audit", "calc", "--list"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.stderr.read() == b""
    reader.wait()
