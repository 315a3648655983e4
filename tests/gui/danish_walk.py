"""Walks the Danish window and collects every text a person can read; says what is not Danish
as a secretary writes it.

Used by ``test_danish_walk.py``. The rules are what the secretariat notices: an English word
(a word of the catalogue's English sources that no Danish translation uses, or one of a few
that never belong in Danish text), a code from the database (``carried_over``), an ISO date, a
time written with a colon, a catalogue string shown in English, an ampersand that shows, two
spaces in a row, a weekday with a capital inside a sentence, "1" before a plural, an ellipsis
not after a space, and "forward plan".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import getCppPointer

from dirdesk import paths


def _key(obj: object) -> int:
    """The Qt object itself (a Python wrapper's id can be another's after it is collected)."""
    return int(getCppPointer(obj)[0])

# Names, abbreviations and loan words a Danish text may hold.
ALLOWED = {
    "dirdesk", "pdf", "word", "libreoffice", "outlook", "ics", "icalendar", "json", "docx", "kle",
    "ctrl", "shift", "alt", "enter", "esc", "tab", "insert", "delete", "f2", "uid", "cpr", "it",
    "ok", "utf", "dagsorden", "referat", "qt", "sqlite", "postgresql", "windows", "linux",
    "ua", "www", "url", "id", "mail",
}
# English words that never belong in the Danish window, whatever the catalogue holds.
NEVER = {"the", "of", "is", "on", "with", "forward", "meeting", "meetings", "item", "items",
         "minutes", "agenda", "board", "saved", "awaiting", "undated", "cancelled", "closed",
         "carried", "drafted", "moved", "open", "new", "and"}

WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")
PLURALS = ("punkter", "møder", "rækker", "dage", "uger", "opfølgninger", "versioner", "timer",
           "minutter", "medlemmer", "afsnit", "bilag")

_WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜü]+(?:['’][a-z]+)?")
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CODE = re.compile(r"\b[a-z]+_[a-z_]+\b")
_COLON_TIME = re.compile(r"(?<![\d:])\b([01]?\d|2[0-3]):[0-5]\d\b(?!:\d)|\b\d{1,2}:\d{2}:\d{2}\b")
_MID_WEEKDAY = re.compile(r"(?<=[^\s.!?:\n–])\s+(" + "|".join(WEEKDAYS) + r")\b")
_ONE_PLURAL = re.compile(r"(?<![\d.,])\b1 (" + "|".join(PLURALS) + r")\b")
_TIGHT_ELLIPSIS = re.compile(r"[^\s»“(]…|\.\.\.")
_PATH = re.compile(r"^(/|[A-Za-z]:[\\/]|~)")


def catalogue() -> dict[str, str]:
    """English source (accelerators taken out) -> Danish, of every message in the .ts."""
    found = {}
    ts = paths.resources_dir() / "translations" / "dirdesk_da.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        danish = forms[0].text if forms else (translation.text if translation is not None else "")
        found[message.findtext("source") or ""] = danish or ""
    return found


def english_words(words: dict[str, str]) -> set[str]:
    """Words of the English sources that no Danish translation uses, and ``NEVER``."""
    def split(text: str) -> set[str]:
        text = re.sub(r"\{[^}]*\}", " ", text.replace("&", ""))
        return {w.casefold() for w in _WORD.findall(text)}

    english: set[str] = set()
    danish: set[str] = set()
    for source, translation in words.items():
        english |= split(source)
        danish |= split(translation)
    return ((english - danish) | NEVER) - ALLOWED


@dataclass
class Walk:
    """The texts seen, with where each was seen, and the faults found in them."""

    words: dict[str, str] = field(default_factory=catalogue)
    texts: list[tuple[str, str]] = field(default_factory=list)
    visited: set[int] = field(default_factory=set)
    data: set[str] = field(default_factory=set)  # what the secretariat wrote: its words are its own

    def __post_init__(self) -> None:
        self.english = english_words(self.words)
        # A catalogue string whose Danish differs, seen as its English: the translation missed.
        self.untranslated = {s.replace("&", ""): d for s, d in self.words.items()
                             if s.replace("&", "") != (d or "").replace("&", "")
                             and _WORD.search(s)}

    def see(self, where: str, text: object, *, mnemonic: bool = False) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        if not mnemonic and re.search(r"(?<!&)&(?!&)\w", text):
            self.texts.append((where + " [ampersand shown]", text))
        self.texts.append((where, text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                           if mnemonic else text))

    def faults(self) -> list[str]:
        found: list[str] = []
        for where, text in dict.fromkeys(self.texts):
            if where.endswith("[ampersand shown]"):
                found.append(f"{where}: {text!r}")
                continue
            said = f"{where}: {text!r}"
            if _PATH.match(text):  # a file's name is the user's, and ISO dates sort well in a folder
                continue
            if text in self.untranslated:
                found.append(f"untranslated: {said}")
            own = text
            for written in sorted((d for d in self.data if d in text), key=len, reverse=True):
                own = own.replace(written, " ")
            words = {w.casefold() for w in _WORD.findall(own)}
            english = sorted(words & self.english)
            if english:
                found.append(f"English {english}: {said}")
            if _CODE.search(text):
                found.append(f"code {_CODE.search(text).group(0)!r}: {said}")  # type: ignore[union-attr]
            if _ISO.search(text):
                found.append(f"ISO date: {said}")
            if _COLON_TIME.search(text):
                found.append(f"time with a colon: {said}")
            if "  " in text.strip():
                found.append(f"two spaces: {said}")
            if _MID_WEEKDAY.search(text):
                found.append(f"capital weekday inside a sentence: {said}")
            if _ONE_PLURAL.search(text):
                found.append(f"1 with a plural: {said}")
            if _TIGHT_ELLIPSIS.search(text):
                found.append(f"ellipsis not after a space: {said}")
            if re.search(r"→\s*-\s*$", text):
                found.append(f"a dash for no date: {said}")
            if "forward" in text.casefold():
                found.append(f"forward plan: {said}")
        return found

    # --- collecting -----------------------------------------------------------------------

    def widget(self, top: QWidget, where: str = "") -> None:
        """Every text of ``top`` and its children (Qt's own file dialog left out)."""
        for w in [top, *top.findChildren(QWidget)]:
            if _key(w) in self.visited and w is not top:
                continue
            if isinstance(w, QFileDialog) and w is not top:
                continue
            if w.window() is not top.window() and not w.window().isVisible():
                continue  # a dialog closed earlier, kept as the window's child
            if any(isinstance(p, QFileDialog) for p in _parents(w)) and w is not top:
                continue
            self.visited.add(_key(w))
            name = f"{where}{type(w).__name__}({w.objectName()})"
            if w.isWindow():
                self.see(name + ".windowTitle", w.windowTitle())
            self.see(name + ".toolTip", w.toolTip())
            self.see(name + ".statusTip", w.statusTip())
            self.see(name + ".whatsThis", w.whatsThis())
            if isinstance(w, QLabel):
                self.see(name + ".text", w.text(), mnemonic=w.buddy() is not None)
            elif isinstance(w, QAbstractButton):
                self.see(name + ".text", w.text(), mnemonic=True)
            elif isinstance(w, QGroupBox):
                self.see(name + ".title", w.title(), mnemonic=True)
            elif isinstance(w, QDockWidget):
                self.see(name + ".windowTitle", w.windowTitle())
            elif isinstance(w, QLineEdit):
                self.see(name + ".placeholder", w.placeholderText())
                self.see(name + ".text", w.text())
            elif isinstance(w, (QTextEdit, QPlainTextEdit)):
                self.see(name + ".placeholder", w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.see(f"{name}[{i}]", w.itemText(i))
            elif isinstance(w, QAbstractSpinBox):
                self.see(name + ".text", w.text())
                self.see(name + ".specialValueText", w.specialValueText())
            elif isinstance(w, QTabWidget):
                for i in range(w.count()):
                    self.see(f"{name}.tab[{i}]", w.tabText(i), mnemonic=True)
                    self.see(f"{name}.tabToolTip[{i}]", w.tabToolTip(i))
            elif isinstance(w, QAbstractItemView) and w.model() is not None:
                self.model(name, w.model())
            for action in w.actions():
                self.action(name, action)

    def model(self, where: str, model: object, parent: QModelIndex | None = None, depth: int = 0) -> None:
        from PySide6.QtCore import QAbstractItemModel

        assert isinstance(model, QAbstractItemModel)
        parent = parent or QModelIndex()
        rows = model.rowCount(parent)
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount to itself: one column, no children
            columns = 1
        if depth == 0:
            for orientation, count in ((Qt.Orientation.Horizontal, columns),
                                       (Qt.Orientation.Vertical, min(rows, 60))):
                for i in range(count):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        self.see(f"{where}.header[{i}]", model.headerData(i, orientation, role))
        for row in range(min(rows, 60)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.StatusTipRole):
                    value = model.data(index, role)
                    self.see(f"{where}[{row},{column}]", value)
                if column == 0 and depth < 3 and columns > 1 and model.rowCount(index) > 0:
                    self.model(where, model, index, depth + 1)

    def action(self, where: str, action: QAction) -> None:
        if _key(action) in self.visited:
            return
        self.visited.add(_key(action))
        self.see(f"{where}>{action.objectName() or 'action'}.text", action.text(), mnemonic=True)
        self.see(f"{where}>{action.text()}.toolTip", action.toolTip()
                 if action.toolTip().replace("&", "") != action.text().replace("&", "") else "")
        self.see(f"{where}>{action.text()}.statusTip", action.statusTip())
        menu = action.menu()
        if isinstance(menu, QMenu):
            self.see(f"{where}>menu.title", menu.title(), mnemonic=True)
            for sub in menu.actions():
                self.action(f"{where}>{menu.title()}", sub)


def strings(value: object, found: set[str] | None = None) -> set[str]:
    """Every text in ``value`` (a meeting, a plan, a list of them) of three characters or more."""
    import dataclasses

    found = set() if found is None else found
    if isinstance(value, str):
        if len(value.strip()) >= 3:
            found.add(value.strip())
            found.update(line.strip() for line in value.splitlines() if len(line.strip()) >= 3)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            strings(getattr(value, f.name), found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            strings(v, found)
    elif isinstance(value, dict):
        for v in value.values():
            strings(v, found)
    return found


def _parents(w: QWidget) -> Iterable[QWidget]:
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def menu_actions(menus: Iterable[QMenu]) -> list[QAction]:
    """Every action in ``menus`` and their submenus, in order."""
    found: list[QAction] = []
    for menu in menus:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                found += menu_actions([sub])
            else:
                found.append(action)
    return found


def through_modals(walk: Walk, where: str, act: Callable[[], None]) -> None:
    """Run ``act``; every dialog it opens modally is walked, then closed unanswered (rejected:
    nothing is confirmed), as are the windows it opens without a modal loop."""
    before = {_key(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    seen: set[int] = set()

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or _key(modal) in seen or not modal.isVisible():
            return
        seen.add(_key(modal))
        walk.widget(modal, f"{where}/")
        if isinstance(modal, QMessageBox):
            modal.done(int(QMessageBox.StandardButton.Cancel))
        elif isinstance(modal, QDialog):
            modal.done(int(QDialog.DialogCode.Rejected))
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(look)
    timer.start()
    try:
        act()
        QApplication.processEvents()
    finally:
        timer.stop()
    # Dialogs opened with open() (window-modal, not waited for) and windows shown: walked, closed.
    for w in QApplication.topLevelWidgets():
        if _key(w) not in before and _key(w) not in seen and w.isVisible() and not isinstance(w, QMenu):
            walk.widget(w, f"{where}/")
            if isinstance(w, QDialog):
                w.done(int(QDialog.DialogCode.Rejected))
            else:
                w.close()
            QApplication.processEvents()
