"""What a row is, given every version of it that any copy of the workspace has logged.

Versions form a graph through their parents; its heads (versions nothing builds on)
are the row's concurrent states. Each field (and the tombstone, as the field `DELETED`)
is merged on its own, as a multi-value register:

- A version *writes* a field when it is the row's first version, when the field is in
  its `resolved` list (a lead's resolution), or when its value differs from the value
  the version's parents show for it (one parent: that parent's value; several: their
  merged value as defined here).
- A version's *writes* of a field are the latest ones it knows: its own write, or else
  its parents' writes with every write that is an ancestor of another one dropped.
- The row shows, per field, the value of its heads' latest writes: one value when they
  agree; when they differ, a conflict (the latest write's value is shown meanwhile).

Why this is right for any history: a write is dropped only when a later write was made
by someone who had seen it (it is its ancestor), so every head's last write of a field
is either shown or in a conflict. A value changed and changed back is a write (it
differs from its parent), so it is never taken for "no change" against an older common
version. The result is a function of the set of versions alone, so it does not depend
on the order or direction in which copies were merged (commutative, associative,
idempotent). An edit concurrent with a deletion (a write the deleting version had not
seen) keeps the row visible with a conflict on `DELETED`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, NamedTuple

DELETED = "__deleted__"  # the field name of the tombstone, and of edit-against-deletion


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
    resolved: tuple[str, ...] = ()  # fields a lead's resolution settles
    login: str | None = None  # the server login that published it, when it was

    @property
    def order(self) -> tuple[str, str]:
        """Later versions sort higher (clock, then revision for a deterministic tie)."""
        return self.hlc, self.revision

    def value(self, key: str) -> Any:
        """The version's value of a field (`DELETED`: its tombstone)."""
        return self.deleted if key == DELETED else self.data.get(key)


@dataclass(frozen=True)
class FieldConflict:
    """A field written differently by versions that had not seen each other: the value
    they started from and each writing version's value."""

    field: str
    base: Any
    values: dict[str, Any]  # writing revision -> value


@dataclass
class View:
    """The row as its versions make it: data, tombstone, heads and open conflicts.
    `parents` are what a later local edit builds on: every head."""

    data: dict[str, Any]
    deleted: bool
    heads: list[Version]
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


def _key(value: Any) -> Any:
    """A hashable form of a logged value that tells 1, 1.0 and True apart."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True)
    return type(value).__name__, value


def same(first: Any, second: Any) -> bool:
    """Whether two logged values are equal (1, 1.0 and True are not)."""
    return _key(first) == _key(second)


def topological(versions: dict[str, Version]) -> list[str]:
    """Revisions with every known parent before its children (no recursion: a row
    edited thousands of times has a chain that long)."""
    done: set[str] = set()
    visiting: set[str] = set()  # a cycle (only a forged log has one) is cut, not followed
    order: list[str] = []
    for start in sorted(versions):
        stack = [(start, False)]
        while stack:
            revision, expanded = stack.pop()
            if revision in done or (revision in visiting and not expanded):
                continue
            if expanded:
                done.add(revision)
                order.append(revision)
                continue
            visiting.add(revision)
            stack.append((revision, True))
            stack.extend((parent, False) for parent in versions[revision].parents
                         if parent in versions and parent not in done)
    return order


Writes = dict[str, tuple[str, ...]]  # field -> the latest writes' revisions


class _History:
    """The version graph of one row, with each version's latest writes per field."""

    def __init__(self, versions: dict[str, Version]):
        self.versions = versions
        self.order = topological(versions)
        self.bit = {revision: 1 << n for n, revision in enumerate(self.order)}
        self.below: dict[str, int] = {}  # revision -> bit set of itself and its ancestors
        self.writes: dict[str, Writes] = {}
        for revision in self.order:
            self._add(versions[revision])

    def _add(self, version: Version) -> None:
        parents = [parent for parent in version.parents if parent in self.writes]
        below = self.bit[version.revision]
        for parent in parents:
            below |= self.below[parent]
        self.below[version.revision] = below
        mine = version.revision
        if not parents:
            self.writes[mine] = {key: (mine,) for key in (*version.data, DELETED)}
            return
        if len(parents) == 1:
            inherited = self.writes[parents[0]]
            shown = self.versions[parents[0]]
            before = {key: shown.value(key) for key in (*version.data, DELETED)}
        else:
            inherited = self.merge([self.writes[p] for p in parents])
            data, deleted, _ = self.settle(inherited)
            before = {**data, DELETED: deleted}
        writes = dict(inherited)
        for key in (*version.data, DELETED):
            if key not in inherited or not same(version.value(key), before.get(key)):
                writes[key] = (mine,)
        for key in version.resolved:
            writes[key] = (mine,)
        self.writes[mine] = writes

    def is_ancestor(self, older: str, newer: str) -> bool:
        """Whether `older` is `newer` or one of the versions it was made from."""
        return bool(self.below[newer] & self.bit[older])

    def merge(self, states: list[Writes]) -> Writes:
        """The latest writes of several versions together: per field, the union with
        every write that another one builds on dropped."""
        merged: Writes = {}
        for key in {key for state in states for key in state}:
            found = {revision for state in states for revision in state.get(key, ())}
            if len(found) > 1:
                found = {w for w in found
                         if not any(o != w and self.is_ancestor(w, o) for o in found)}
            merged[key] = tuple(sorted(found, key=lambda r: self.versions[r].order))
        return merged

    def settle(self, state: Writes) -> tuple[dict[str, Any], bool, list[FieldConflict]]:
        """The data, tombstone and conflicts the latest writes give."""
        data: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for key in sorted(state):
            if key == DELETED:
                continue
            writers = [self.versions[r] for r in state[key]]
            data[key] = writers[-1].value(key)  # the latest, shown until the lead decides
            if len({_key(w.value(key)) for w in writers}) > 1:
                conflicts.append(FieldConflict(key, self._base(state[key], key),
                                               {w.revision: w.value(key) for w in writers}))
        deleting = [r for r in state.get(DELETED, ()) if self.versions[r].deleted]
        if not deleting:
            return data, False, conflicts
        unseen = sorted({r for key, found in state.items() for r in found
                         if not (key == DELETED and self.versions[r].deleted)
                         and not any(self.is_ancestor(r, d) for d in deleting)},
                        key=lambda r: self.versions[r].order)
        if not unseen:
            return data, True, []
        conflicts.append(FieldConflict(DELETED, False, {
            **{r: True for r in deleting}, **{r: False for r in unseen}}))
        return data, False, conflicts

    def _base(self, writers: tuple[str, ...], key: str) -> Any:
        """The field's value in the latest version every conflicting write builds on."""
        common = -1
        for revision in writers:
            common &= self.below[revision]
        if common <= 0:
            return None
        latest = max((r for r in self.order if common & self.bit[r]),
                     key=lambda r: self.versions[r].order)
        return self.versions[latest].value(key)


def view(versions: dict[str, Version]) -> View:
    """The row made from all its logged versions."""
    tops = heads(versions)
    latest = tops[-1]
    if len(tops) == 1 and all(len(v.parents) <= 1 for v in versions.values()):
        # A plain line of edits (most rows): the row is its last version.
        return View(dict(latest.data), latest.deleted, tops, list(latest.parents), latest)
    history = _History(versions)
    state = history.merge([history.writes[top.revision] for top in tops])
    data, deleted, conflicts = history.settle(state)
    return View(data, deleted, tops, sorted(top.revision for top in tops), latest, conflicts)
