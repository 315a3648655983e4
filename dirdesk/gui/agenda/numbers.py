"""An item's journal and case number fields: their form as a hint, what is wrong said in words.

The rules are the domain's (``dirdesk.domain.item_form``); this only shows them. A number of
another form is still stored as typed: the secretariat may have a reason.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from dirdesk.domain.item_form import NumberFault, case_fault, journal_fault

FAULT_COLOUR = "#B00020"


class NumberCheck(QLabel):
    """Under the two fields: empty and hidden while both numbers have their form."""

    def __init__(self, journal: QLineEdit, case: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal, self.case = journal, case
        self.setObjectName("numberFault")
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {FAULT_COLOUR};")
        # The form in letters, never an example that reads like a real number.
        journal.setPlaceholderText(self.tr("KLE NN.NN.NN"))
        journal.setToolTip(self.tr(
            "The KLE journal number: NN.NN.NN, with its facet if it has one (e.g. G01)"))
        case.setPlaceholderText(self.tr("YY/NNNN"))
        case.setToolTip(self.tr("The case number: the year's two digits / the serial number"))
        journal.textChanged.connect(self.show_faults)
        case.textChanged.connect(self.show_faults)
        self.hide()

    def show_faults(self) -> None:
        """Say in words what is wrong with the journal or case number as it is typed."""
        journal, case = self.journal.text().strip(), self.case.text().strip()
        faults = []
        if journal_fault(journal) is NumberFault.JOURNAL:
            faults.append(self.tr(
                "The journal number \"{number}\" is not a KLE number: write it as NN.NN.NN, "
                "followed by its facet if it has one (e.g. G01).").format(number=journal))
        if case_fault(case) is NumberFault.CASE:
            faults.append(self.tr(
                "The case number \"{number}\" must be written YY/NNNN: the year's two digits, a "
                "slash and the serial number.").format(number=case))
        self.setText("\n".join(faults))
        self.setVisible(bool(faults))
        for field, fault in ((self.journal, journal_fault(journal)), (self.case, case_fault(case))):
            field.setStyleSheet(f"border: 1px solid {FAULT_COLOUR};" if fault else "")
