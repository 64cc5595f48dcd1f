"""The checklist template library: importing a spreadsheet checklist as a YAML template."""

from __future__ import annotations

import os
from pathlib import Path

import yaml

from recp_audit.checklists import loader
from recp_audit.checklists.template import Template
from recp_audit.checklists.xlsform import read_xlsform
from recp_audit.leftovers import remove_stale, temporary_name
from recp_audit.messages import QT_TRANSLATE_NOOP, Message, RecpError


class TemplateExistsError(RecpError):
    """The template file to write exists already (replace it only when asked)."""


class _Dumper(yaml.SafeDumper):
    """Writes text plainly (Cyrillic as is) and never as YAML 1.1 booleans."""


def template_yaml(template: Template) -> str:
    """The YAML text of a template, with a header line saying where it came from."""
    body = yaml.dump(template.data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=96)
    return f"# {template.title.en}: imported checklist template (RU/EN).\n{body}"


def import_xlsform(source: Path, output: Path | None = None, template_id: str | None = None,
                   area: str | None = None, audience: str | None = None,
                   replace: bool = False) -> tuple[Template, Path]:
    """Convert a spreadsheet checklist to a validated YAML template file.

    Written to `output`, or into the user's template folder as `<id>.yaml`; an
    existing file is only replaced when `replace` is set.
    """
    template = read_xlsform(source, template_id, area, audience)
    target = Path(output) if output else loader.user_dir() / f"{template.id}.yaml"
    if target.exists() and not replace:
        raise TemplateExistsError(Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "{path} already exists; choose another name or replace it"),
            {"path": str(target)}))
    text = template_yaml(template)
    loader.parse_yaml(text, target.name)  # the file must load exactly as validated
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target.parent)
    temporary = temporary_name(target)
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except OSError as exc:
        raise RecpError(Message("Checklists", QT_TRANSLATE_NOOP(
            "Checklists", "cannot write {path}: {reason}"),
            {"path": str(target), "reason": exc.strerror or str(exc)})) from None
    finally:
        temporary.unlink(missing_ok=True)
    return template, target
