"""Item model of the navigation tree: park -> (its symbiosis page, enterprises) ->
audit -> audit areas."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from recp_audit.gui.i18n import label
from recp_audit.messages import QT_TRANSLATE_NOOP
from recp_audit.roles import AUDIT_AREAS
from recp_audit.choices import AUDIT_KIND_LABELS, AUDIT_STATUS_LABELS, AuditKind

if TYPE_CHECKING:
    from recp_audit.services.navigation import ParkNode

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AREA_ROLE = Qt.ItemDataRole.UserRole + 3


class NodeKind(enum.StrEnum):
    """What a tree row stands for."""

    PARK = "park"
    NO_PARK = "no_park"
    ENTERPRISE = "enterprise"
    AUDIT = "audit"
    AREA = "area"
    SYMBIOSIS = "symbiosis"  # a park's industrial symbiosis page
    CONFLICTS = "conflicts"  # the open merge conflicts, first in the tree while there are any


# Names of the sections of an audit (`roles.AUDIT_AREAS` gives their order).
AREAS = {
    "overview": QT_TRANSLATE_NOOP("Navigation", "Overview"),
    "checklists": QT_TRANSLATE_NOOP("Navigation", "Checklists"),
    "baseline": QT_TRANSLATE_NOOP("Navigation", "Baseline"),
    "measurements": QT_TRANSLATE_NOOP("Navigation", "Measurements"),
    "options": QT_TRANSLATE_NOOP("Navigation", "Options"),
    "streams": QT_TRANSLATE_NOOP("Navigation", "Streams"),
    "reports": QT_TRANSLATE_NOOP("Navigation", "Reports"),
    "coverage": QT_TRANSLATE_NOOP("Navigation", "Team coverage"),
}


def _item(text: str, kind: NodeKind, record_id: uuid.UUID | None, area: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind.value, KIND_ROLE)
    item.setData(str(record_id) if record_id else "", ID_ROLE)
    item.setData(area, AREA_ROLE)
    return item


class NavigationModel(QStandardItemModel):
    """The workspace tree; rebuilt from `services.navigation.load_tree` rows."""

    def set_tree(self, parks: list[ParkNode], conflicts: int = 0,
                 areas: tuple[str, ...] = AUDIT_AREAS) -> None:
        """Replace the rows with `parks` (after a row for open merge conflicts, if any);
        each audit shows the sections in `areas`."""
        self.clear()
        root = self.invisibleRootItem()
        if conflicts:
            item = _item(QCoreApplication.translate(
                "Navigation", "Merge conflicts ({count})").format(count=conflicts),
                NodeKind.CONFLICTS, None)
            item.setForeground(Qt.GlobalColor.darkRed)
            root.appendRow(item)
        for park in parks:
            if park.id is None:
                park_item = _item(QCoreApplication.translate(
                    "Navigation", "Enterprises outside a park"), NodeKind.NO_PARK, None)
            else:
                park_item = _item(park.name, NodeKind.PARK, park.id)
                park_item.appendRow(_item(QCoreApplication.translate(
                    "Navigation", "Industrial symbiosis"), NodeKind.SYMBIOSIS, park.id))
            root.appendRow(park_item)
            for enterprise in park.enterprises:
                enterprise_item = _item(enterprise.name, NodeKind.ENTERPRISE, enterprise.id)
                park_item.appendRow(enterprise_item)
                for audit in enterprise.audits:
                    audit_item = _item(audit.title, NodeKind.AUDIT, audit.id)
                    audit_item.setToolTip(f"{label(AUDIT_KIND_LABELS[audit.kind])} · "
                                          f"{label(AUDIT_STATUS_LABELS[audit.status])}")
                    if audit.kind is AuditKind.SELF_DIAGNOSIS:
                        audit_item.setText(f"{audit.title} ({label(AUDIT_KIND_LABELS[audit.kind])})")
                    enterprise_item.appendRow(audit_item)
                    for key in areas:
                        audit_item.appendRow(_item(label(AREAS[key], "Navigation"),
                                                   NodeKind.AREA, audit.id, key))

    def find(self, kind: str, record_id: str, area: str = "") -> QStandardItem | None:
        """The row for a record (and area), if it is in the tree."""
        stack = [self.invisibleRootItem()]
        while stack:
            parent = stack.pop()
            for row in range(parent.rowCount()):
                child = parent.child(row)
                if (child.data(KIND_ROLE) == kind and child.data(ID_ROLE) == record_id
                        and child.data(AREA_ROLE) == area):
                    return child
                stack.append(child)
        return None
