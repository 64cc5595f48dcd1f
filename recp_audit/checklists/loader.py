"""Reading checklist templates from YAML files, with line numbers for every error.

The shipped templates live in `checklists/` (beside `resources/`); templates a
user imports are kept in `<user data>/checklists/`. A file that fails to load
does not hide the others: `load_library` returns it among the problems.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path as FilePath
from typing import Any

import yaml

from recp_audit import paths
from recp_audit.checklists.template import (Path, Template, TemplateError, problem,
                                            build_template)
from recp_audit.messages import QT_TRANSLATE_NOOP, Message

MAX_TEMPLATE_BYTES = 2_000_000


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML 1.2 booleans: only true/false, so answers `yes`, `no`, `on` stay text
    (libyaml's parser when PyYAML has it: five times faster)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                              re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def _lines(node: yaml.Node, path: Path, out: dict[Path, int], source: str) -> None:
    """Record the line (1-based) of every mapping key and list entry under `node`."""
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            if key in keys:
                raise TemplateError(source, _line_text(key_node.start_mark.line + 1),
                                    ".".join(str(p) for p in path + (key,)
                                             if not isinstance(p, int)),
                                    problem(QT_TRANSLATE_NOOP(
                                        "Checklists", "this field is given twice")))
            keys.add(key)
            out[path + (key,)] = key_node.start_mark.line + 1
            _lines(value_node, path + (key,), out, source)
            out[path + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _lines(child, path + (index,), out, source)


def _line_text(line: int) -> Message:
    return Message("Checklists", QT_TRANSLATE_NOOP("Checklists", "line {line}"), {"line": line})


def parse_yaml(text: str, source: str) -> Template:
    """Parse and validate the YAML text of one template."""
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = _line_text(mark.line + 1) if mark else _line_text(1)
        if "\\t" in str(exc):
            reason = problem(QT_TRANSLATE_NOOP(
                "Checklists", "a tab character is used for indenting (indent with spaces)"))
        else:
            reason = problem(QT_TRANSLATE_NOOP("Checklists", "the YAML cannot be read: {detail}"),
                             detail=getattr(exc, "problem", None) or str(exc))
        raise TemplateError(source, where, "(YAML)", reason) from None
    lines: dict[Path, int] = {}
    if root is not None:
        _lines(root, (), lines, source)

    def locate(path: Path) -> str:
        while path and path not in lines:
            path = path[:-1]
        return _line_text(lines.get(path, 1))

    return build_template(data, source, locate)


def load_file(path: FilePath) -> Template:
    """Read and validate one template file."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError(path.name, _line_text(1), "(file)", problem(QT_TRANSLATE_NOOP(
                "Checklists", "the file is {size} bytes, more than a checklist can be "
                "({limit} bytes)"), size=size, limit=MAX_TEMPLATE_BYTES))
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError(path.name, _line_text(1), "(file)", problem(QT_TRANSLATE_NOOP(
            "Checklists", "the file is not UTF-8 text"))) from None
    except OSError as exc:
        raise TemplateError(path.name, _line_text(1), "(file)", problem(QT_TRANSLATE_NOOP(
            "Checklists", "the file cannot be read: {reason}"), reason=exc.strerror)) from None
    return parse_yaml(text, path.name)


def from_pinned(data: dict[str, Any]) -> Template:
    """A template from the data pinned in an audit (already validated when pinned)."""
    return build_template(data, "pinned template", lambda path: _line_text(1), check_units=False)


def shipped_dir() -> FilePath:
    """The `checklists/` folder shipped with the program."""
    return paths.resources_dir().parent / "checklists"


def user_dir() -> FilePath:
    """Where templates imported by the user are kept (created on demand)."""
    folder = paths.user_data_dir() / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclasses.dataclass(frozen=True)
class Library:
    """The templates available to attach: the newest version of each id, and bad files."""

    templates: dict[str, Template]
    problems: list[TemplateError]

    def by_audience(self, audience: str) -> list[Template]:
        """Templates for `audience`, in area and title order."""
        from recp_audit.choices import ResourceArea

        order = list(ResourceArea)
        return sorted((t for t in self.templates.values() if t.audience == audience),
                      key=lambda t: (order.index(t.area), t.id))


def load_folders(folders: list[FilePath]) -> Library:
    """Load every `*.yaml` template in `folders`; a later folder's newer version wins."""
    templates: dict[str, Template] = {}
    problems: list[TemplateError] = []
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            try:
                template = load_file(path)
            except TemplateError as exc:
                problems.append(exc)
                continue
            known = templates.get(template.id)
            if known is None or template.version >= known.version:
                templates[template.id] = template
    return Library(templates, problems)


@functools.cache
def _shipped() -> Library:
    return load_folders([shipped_dir()])


def load_library() -> Library:
    """Shipped templates (read once) plus the user's imported ones."""
    shipped = _shipped()
    user = load_folders([user_dir()])
    templates = dict(shipped.templates)
    for template_id, template in user.templates.items():
        if template_id not in templates or template.version >= templates[template_id].version:
            templates[template_id] = template
    return Library(templates, shipped.problems + user.problems)
