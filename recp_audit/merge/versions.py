"""What a row is, given every version of it that any copy of the workspace has logged.

Versions form a graph through their parents. Its heads (versions no other version
builds on) are the row's concurrent states. One head is the row. Several heads merge
field by field against their base (the latest common ancestor): a field changed on
one side only is taken; the same field changed differently on two sides, or an edit
against a deletion, is a conflict. The result depends only on the set of versions,
never on the order files were merged in, so merging is repeatable and symmetric.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

DELETED = "__deleted__"  # the field name of an edit-against-deletion conflict


class Version(NamedTuple):
    """One logged version of a row (a tuple: a pull makes 100,000 of them)."""

    revision: str
    parents: tuple[str, ...]
    hlc: str
    origin: str
    author: str
    deleted: bool
    data: dict[str, Any]
    stored: str | None = None  # the data's JSON text as read from a log, when it was

    @property
    def order(self) -> tuple[str, str]:
        """Later versions sort higher (clock, then revision for a deterministic tie)."""
        return self.hlc, self.revision


@dataclass(frozen=True)
class FieldConflict:
    """A field two heads changed differently: the base value and each head's value."""

    field: str
    base: Any
    values: dict[str, Any]  # head revision -> value


@dataclass
class View:
    """The row as the heads make it: its data, version metadata and conflicts.

    With one head, the row is that version (its parents as logged). With several, its
    revision is a hash standing for the merged heads and `parents` are what a later
    local edit builds on: every head, or while conflicts are open, the head whose values
    the row shows (so the conflict stays open)."""

    data: dict[str, Any]
    deleted: bool
    heads: list[Version]
    base: Version | None
    parents: list[str]
    latest: Version
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def merged(self) -> bool:
        """More than one head: the row was merged (automatically or with conflicts)."""
        return len(self.heads) > 1


def heads(versions: dict[str, Version]) -> list[Version]:
    """The versions nothing else builds on, earliest first."""
    built_on = {parent for version in versions.values() for parent in version.parents}
    return sorted((v for r, v in versions.items() if r not in built_on), key=lambda v: v.order)


def ancestors(revision: str, versions: dict[str, Version]) -> set[str]:
    """`revision` and every version it was made from (as far as the log knows)."""
    found, stack = set(), [revision]
    while stack:
        current = stack.pop()
        if current in found or current not in versions:
            continue
        found.add(current)
        stack.extend(versions[current].parents)
    return found


def base_of(tops: list[Version], versions: dict[str, Version]) -> Version | None:
    """The latest version every head descends from (None: they share no history)."""
    common = set.intersection(*(ancestors(v.revision, versions) for v in tops))
    return max((versions[r] for r in common), key=lambda v: v.order, default=None)


def _key(value: Any) -> Any:
    """A hashable form of a logged value that tells 1, 1.0 and True apart."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return type(value).__name__, value


def _same(first: Any, second: Any) -> bool:
    return _key(first) == _key(second)


def view(versions: dict[str, Version]) -> View:
    """The row made from all its logged versions."""
    if len(versions) == 1:  # most rows: nothing to merge
        (only,) = versions.values()
        return View(dict(only.data), only.deleted, [only], None, list(only.parents), only)
    tops = heads(versions)
    latest = tops[-1]
    if len(tops) == 1:
        return View(dict(latest.data), latest.deleted, tops, None, list(latest.parents), latest)
    base = base_of(tops, versions)
    before = base.data if base else {}
    data: dict[str, Any] = {}
    conflicts = []
    changed_any = set()
    for key in sorted({key for top in tops for key in top.data}):
        changed = [top for top in tops if not _same(top.data.get(key), before.get(key))]
        changed_any.update(top.revision for top in changed)
        distinct = {_key(top.data.get(key)) for top in changed}
        if not changed:
            data[key] = before.get(key)
        elif len(distinct) == 1:
            data[key] = changed[0].data.get(key)
        else:
            data[key] = changed[-1].data.get(key)  # shown until the lead decides
            conflicts.append(FieldConflict(key, before.get(key),
                                           {top.revision: top.data.get(key) for top in changed}))
    deleting = [top for top in tops if top.deleted and not (base and base.deleted)]
    editing = [top for top in tops if not top.deleted and top.revision in changed_any]
    deleted = bool(deleting) and not editing
    if deleting and editing:
        conflicts.append(FieldConflict(DELETED, False, {top.revision: top.deleted
                                                        for top in deleting + editing}))
    elif not deleting:
        deleted = all(top.deleted for top in tops)
    parents = [top.revision for top in tops] if not conflicts else [latest.revision]
    return View(data, deleted, tops, base, sorted(parents), latest, conflicts)
