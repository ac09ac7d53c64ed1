"""생태도·가계도: the eco-map of the client's relations (edited by adding relations; resources the case was referred
to appear too, as weak ties, until a relation describes them) and the genogram drawn from the household members.

The side panel follows the picture on screen: beside the eco-map, its relations and their form; beside the genogram,
the household members it is drawn from (edited on the intake tab's household page, one place for them).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QTabWidget, QTableView, QVBoxLayout, QWidget,
)

from caseapp.domain import forms
from caseapp.domain.vocab import EcoKind, EcoPhase, EcoStrength, ReferralStatus, Sex
from caseapp.errors import UserError
from caseapp.services import entries, outcome_records
from caseapp.ui.views.intake_tab import enum_text
from caseapp.ui.views.lazy_tab import LazyTab
from caseapp.ui.views.section_tab import CaseContext, Column, RecordSection, RowsModel, scroll
from caseapp.ui.widgets.ecomap import EcoMapWidget, EcoNode, GenogramWidget, Person
from caseapp.ui.widgets.form_builder import label_text


class HouseholdPanel(QWidget):
    """What the genogram is drawn from: the household members, read-only here, with the way to edit them."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genogramMembers")
        spec = forms.HOUSEHOLD_MEMBER

        def yes(flag: bool) -> str:
            return self.tr("yes") if flag else ""

        self.model = RowsModel([
            Column(label_text(spec.field("relation").label), lambda m: m.relation),
            Column(label_text(spec.field("name").label), lambda m: m.name),
            Column(label_text(spec.field("age").label), lambda m: "" if m.age is None else str(m.age)),
            Column(label_text(spec.field("sex").label), lambda m: enum_text(Sex, m.sex)),
            Column(label_text(spec.field("lives_together").label), lambda m: yes(m.lives_together)),
            Column(label_text(spec.field("deceased").label), lambda m: yes(m.deceased), stretch=True)], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        title = QLabel("<b>" + self.tr("Genogram: household members") + "</b>", self)
        note = QLabel(self.tr("The genogram is drawn from these people: the dashed line encloses those who live "
                              "with the client. Relation words (모, 배우자, 딸, 시어머니 …) place them."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #566573;")
        self.edit_button = QPushButton(self.tr("Edit household members…"), self)
        self.edit_button.setObjectName("editHousehold")
        self.edit_button.clicked.connect(self.edit_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.edit_button)

    def set_members(self, members: list[object]) -> None:
        self.model.set_rows(list(members))


class EcoMapTab(LazyTab):
    edit_household_requested = Signal()

    def __init__(self, ctx: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_ecomap")

    def populate(self) -> None:
        ctx = self.ctx
        vault = ctx.vault
        self.pictures = QTabWidget(self)
        self.ecomap = EcoMapWidget()
        self.ecomap.setObjectName("ecoMap")
        self.genogram = GenogramWidget()
        self.genogram.setObjectName("genogram")
        eco_side = QWidget(self)  # beside the eco-map: which map (intake / closing), its relations and their form
        eco_col = QVBoxLayout(eco_side)
        eco_col.setContentsMargins(0, 0, 0, 0)
        phase_row = QHBoxLayout()
        self.phase = QComboBox(eco_side)  # the map at intake, or the one drawn again at closing
        self.phase.setObjectName("ecoPhase")
        for phase in EcoPhase:
            self.phase.addItem(label_text(phase.label), phase.value)
        phase_row.addWidget(QLabel(label_text(forms.ECO_RELATION.field("phase").label), eco_side))
        phase_row.addWidget(self.phase)
        phase_row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Start the closing map from the intake map"), eco_side)
        self.copy_button.setObjectName("copyEcoToClosing")
        self.copy_button.clicked.connect(self.copy_to_closing)
        phase_row.addWidget(self.copy_button)
        eco_col.addLayout(phase_row)
        self.pictures.addTab(self.ecomap, self.tr("Eco-map"))
        self.pictures.addTab(self.genogram, self.tr("Genogram"))
        self.relations = RecordSection(
            ctx, forms.ECO_RELATION, rows=lambda snap: snap.eco_in(self.phase.currentData()), signable=False,
            deletable=True, table_height=150,
            columns=[Column(label_text(forms.ECO_RELATION.field("name").label), lambda e: e.name),
                     Column(label_text(forms.ECO_RELATION.field("kind").label), lambda e: enum_text(EcoKind, e.kind)),
                     Column(label_text(forms.ECO_RELATION.field("strength").label),
                            lambda e: enum_text(EcoStrength, e.strength))],
            create=lambda values, _x: entries.add(vault, ctx.case_id, "eco_relation",
                                                  {**values, "phase": values.get("phase") or self.phase.currentData()}))
        self.household_panel = HouseholdPanel(self)
        self.household_panel.edit_requested.connect(self.edit_household_requested)
        self.side = QStackedWidget(self)
        eco_col.addWidget(scroll(self.relations), 1)
        self.side.addWidget(eco_side)
        self.side.addWidget(self.household_panel)
        self.side.setMinimumWidth(430)
        self.pictures.currentChanged.connect(self.side.setCurrentIndex)  # the panel of the picture on screen
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pictures, 3)
        layout.addWidget(self.side, 2)
        picker = self.relations.form.editors["resource_id"]
        assert isinstance(picker, QComboBox)
        picker.currentIndexChanged.connect(self._name_from_resource)
        self.phase.currentIndexChanged.connect(self._phase_changed)
        ctx.reloaded.connect(self.refresh)
        self.refresh()
        self.relations.form.set_values({"phase": self.phase.currentData()})

    def _phase_changed(self) -> None:
        """The table and the map follow the chosen phase; a new relation is added to that map."""
        self.relations.refresh()
        if self.relations.current_id is None and not self.relations.has_unsaved_changes():
            self.relations.form.set_values({"phase": self.phase.currentData()})
        self.refresh()

    def copy_to_closing(self) -> None:
        try:
            outcome_records.copy_eco_to_closing(self.ctx.vault, self.ctx.case_id)
        except UserError as exc:
            self.relations.form.show_error(exc)
            return
        self.phase.setCurrentIndex(self.phase.findData(EcoPhase.CLOSING.value))
        self.ctx.reload()

    def _name_from_resource(self) -> None:
        """Picking a linked resource fills in an empty name (one less thing to type)."""
        picker = self.relations.form.editors["resource_id"]
        name = self.relations.form.editors["name"]
        assert isinstance(picker, QComboBox) and isinstance(name, QLineEdit)
        if picker.currentData() and not name.text().strip() and not name.isReadOnly():
            name.setText(picker.currentText())
            name.textEdited.emit(name.text())

    def _referral_nodes(self) -> list[EcoNode]:
        snap = self.ctx.snap
        described = {e.resource_id for e in snap.eco if e.resource_id} | {e.name for e in snap.eco}
        nodes: list[EcoNode] = []
        for referral in snap.referrals:
            resource = snap.resources.get(referral.resource_id)
            if resource is None or resource.id in described or resource.name in described:
                continue
            described.add(resource.id)
            status = enum_text(ReferralStatus, referral.status)
            nodes.append(EcoNode(resource.name, self.tr("referral: %1").replace("%1", status), "weak", "to_client"))
        return nodes

    def refresh(self) -> None:
        snap = self.ctx.snap
        household = [f"{m.relation} {m.name}".strip() for m in snap.household if m.lives_together and not m.deceased]
        relations = snap.eco_in(self.phase.currentData())
        nodes = [EcoNode(e.name, enum_text(EcoKind, e.kind), e.strength, e.direction) for e in relations]
        nodes += self._referral_nodes()
        legend = {s.value: label_text(s.label) for s in EcoStrength}
        legend["arrow"] = self.tr("flow of support / energy")
        self.ecomap.set_data(snap.client.name, household, nodes, legend)
        client = Person(snap.client.name, self.tr("Client"), snap.client.sex)
        members = [Person(m.name, m.relation, m.sex, m.age, m.deceased, m.lives_together) for m in snap.household]
        hint = self.tr("Add household members on the intake tab to draw the genogram.")
        key = {"male": label_text(Sex.MALE.label), "female": label_text(Sex.FEMALE.label),
               "deceased": label_text(forms.HOUSEHOLD_MEMBER.field("deceased").label), "client": self.tr("Client"),
               "household": self.tr("Living together")}
        self.genogram.set_data(client, members, hint, key)
        self.copy_button.setEnabled(bool(snap.eco_in(EcoPhase.INTAKE.value))
                                    and not snap.eco_in(EcoPhase.CLOSING.value))
        self.household_panel.set_members(snap.household)
