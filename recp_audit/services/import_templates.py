"""Saved mappings of logger files ("import templates"), reused for the next file of
the same instrument. They live in the user's data folder, one JSON file each, so
they serve every workspace on the laptop.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from recp_audit.measure.layout import Layout
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError
from recp_audit.paths import user_data_dir


class TemplateNotFoundError(RecpError):
    """No import template of that name."""


@dataclass(frozen=True)
class ImportTemplate:
    """A named layout and the column headers of the file it was made from."""

    name: str
    headers: list[str]
    layout: Layout


def templates_dir() -> Path:
    """Where import templates are kept."""
    return user_data_dir() / "import_templates"


def _file(name: str) -> Path:
    slug = re.sub(r"[^\w.-]+", "_", name.strip(), flags=re.UNICODE).strip("._") or "template"
    return templates_dir() / f"{slug}.json"


def save_template(name: str, layout: Layout, headers: list[str]) -> ImportTemplate:
    """Store (or replace) the template `name`; written to a temporary file, then renamed."""
    folder = templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = _file(name)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps({"name": name.strip(), "headers": headers,
                                     "layout": layout.to_json()}, ensure_ascii=False, indent=1),
                         encoding="utf-8")
    temporary.replace(target)
    return ImportTemplate(name.strip(), headers, layout)


def all_templates() -> list[ImportTemplate]:
    """Every readable template, by name (damaged files are skipped)."""
    found = []
    for path in sorted(templates_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(ImportTemplate(str(data["name"]), list(data.get("headers", [])),
                                        Layout.from_json(data["layout"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda t: t.name.casefold())


def load_template(name: str) -> ImportTemplate:
    """The template called `name`."""
    for template in all_templates():
        if template.name.casefold() == name.strip().casefold():
            return template
    raise TemplateNotFoundError(Message("SeriesImport", QT_TRANSLATE_NOOP(
        "SeriesImport", "there is no import template \"{name}\""), {"name": name}))


def template_for(headers: list[str]) -> ImportTemplate | None:
    """A template made from a file with exactly these column headers, if any."""
    for template in all_templates():
        if template.headers == headers:
            return template
    return None


def adapt(template: ImportTemplate, headers: list[str]) -> Layout:
    """The template's layout for a file whose columns may have moved: channels and time
    columns are found again by header text where the header still exists."""
    layout = Layout.from_json(template.layout.to_json())

    def moved(column: int) -> int:
        if column < len(template.headers) and template.headers[column] in headers:
            return headers.index(template.headers[column])
        return column
    layout.time_columns = [moved(c) for c in layout.time_columns]
    for channel in layout.channels:
        channel.column = moved(channel.column)
    return layout
