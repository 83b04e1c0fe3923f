"""The phrasebook editor: the office's standing sentences, edited as plain Arabic with slot
chips, each change recorded with its author, any earlier wording or the built-in one
restorable. The Arabic templates' sentences or the French ones («العبارات الفرنسية», read
left to right) are chosen above the list. The workflow is ``balagh.app.phrasebook_edit``'s;
this dialog lays it out."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balagh.app.phrasebook_edit import (
    PhraseEntry,
    phrase_entries,
    restore_builtin,
    revert_to,
    save_phrase,
)
from balagh.core.errors import BalaghError
from balagh.core.model import PhraseVersion
from balagh.core.ports import PhraseRepository
from balagh.gui.button_words import use_program_words
from balagh.gui.release.slot_editor import SlotEditor
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rtl_text import left_to_right, right_to_left
from balagh.messages import translate

KEY_ROLE = Qt.ItemDataRole.UserRole + 20


def _when(version: PhraseVersion) -> str:
    moment = version.created_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


class PhrasebookDialog(QDialog):
    """List of phrases; the chosen one in a chip editor; its history below."""

    def __init__(self, phrases: PhraseRepository, language: str = "ar",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasebook_dialog")
        self.setWindowTitle(self.tr("دليل العبارات الثابتة"))
        self.resize(fitted_size(self, 980, 620))
        self.phrases = phrases
        self.language = language
        self.entries: dict[str, PhraseEntry] = {}
        self.phrase_language = QComboBox(self)
        self.phrase_language.setObjectName("phrase_language")
        self.phrase_language.addItem(self.tr("عبارات القوالب العربية"), "ar")
        self.phrase_language.addItem(self.tr("عبارات القوالب الفرنسية"), "fr")
        self.names = QListWidget(self)
        self.names.setObjectName("phrase_names")
        # Long French names («Paragraphe final du communiqué de clôture…») wrap, never cut.
        self.names.setWordWrap(True)
        self.names.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.title = QLabel(self)
        self.title.setObjectName("phrase_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.editor = SlotEditor(self)
        self.editor.setObjectName("phrase_editor")
        self.slots_row = QHBoxLayout()
        self.author = QLineEdit(getpass.getuser() if _user_known() else "", self)
        self.author.setObjectName("phrase_author")
        self.save_button = QPushButton(self.tr("حفظ الصيغة"), self)
        self.save_button.setObjectName("save_phrase")
        self.builtin_button = QPushButton(self.tr("استعادة الصيغة المدمجة"), self)
        self.builtin_button.setObjectName("restore_builtin")
        self.history = QListWidget(self)
        self.history.setObjectName("phrase_history")
        self.revert_button = QPushButton(self.tr("استعادة الصيغة المختارة"), self)
        self.revert_button.setObjectName("revert_phrase")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("phrase_outcome")
        self.outcome.setWordWrap(True)
        self.close_buttons = use_program_words(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        self.close_buttons.rejected.connect(self.reject)
        self._layout()
        self.names.currentItemChanged.connect(lambda *_a: self._show_current())
        self.phrase_language.currentIndexChanged.connect(lambda *_a: self._language_changed())
        self.save_button.clicked.connect(self.save)
        self.builtin_button.clicked.connect(self.restore)
        self.revert_button.clicked.connect(self.revert)
        self.reload()

    def _layout(self) -> None:
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.title)
        hint = QLabel(self.tr("الخانات الملونة تملؤها قاعدة البيانات ولا تعدل حروفها؛ تحذف أو "
                              "تنقل كاملة، أو تدرج من الأزرار."), right)
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.editor, 2)
        slots = QHBoxLayout()
        slots.addWidget(QLabel(self.tr("إدراج خانة:"), right))
        slots.addLayout(self.slots_row)
        slots.addStretch(1)
        column.addLayout(slots)
        author_row = QHBoxLayout()
        author_row.addWidget(QLabel(self.tr("الاسم"), right))
        author_row.addWidget(self.author, 1)
        column.addLayout(author_row)
        actions = QHBoxLayout()  # on their own row: the name field keeps its width
        actions.addStretch(1)
        actions.addWidget(self.builtin_button)
        actions.addWidget(self.save_button)
        column.addLayout(actions)
        column.addWidget(self.outcome)
        column.addWidget(QLabel(self.tr("السجل (الأحدث أولا)"), right))
        column.addWidget(self.history, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.revert_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_buttons)
        column.addLayout(bottom)
        left = QWidget(self)
        chooser = QVBoxLayout(left)
        chooser.setContentsMargins(0, 0, 0, 0)
        chooser.addWidget(self.phrase_language)
        chooser.addWidget(self.names, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([self.width() * 2 // 5, self.width() * 3 // 5])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # ----- showing ---------------------------------------------------------------------------
    def phrases_language(self) -> str:
        """"ar" or "fr": whose templates' sentences the list shows."""
        return str(self.phrase_language.currentData())

    def _language_changed(self) -> None:
        if self.phrases_language() == "fr":
            left_to_right(self.editor)
        else:
            right_to_left(self.editor)
        self.outcome.clear()
        self.reload()

    def reload(self, keep: str | None = None) -> None:
        """Read the phrasebook again and show ``keep`` (or the first phrase)."""
        self.entries = {e.key: e for e in phrase_entries(self.phrases, self.phrases_language())}
        self.names.blockSignals(True)
        self.names.clear()
        for entry in self.entries.values():
            label = translate(self.language, entry.label_ar)  # the label is its msgid
            mark = "" if entry.is_builtin else self.tr(" (معدلة)")
            item = QListWidgetItem(label + mark)
            item.setData(KEY_ROLE, entry.key)
            self.names.addItem(item)
        self.names.blockSignals(False)
        keys = list(self.entries)
        row = keys.index(keep) if keep in self.entries else 0
        self.names.setCurrentRow(row)
        self._show_current()

    def current_key(self) -> str | None:
        item = self.names.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        key = self.current_key()
        if key is None:
            return
        entry = self.entries[key]
        self.title.setText(translate(self.language, entry.label_ar))
        self.editor.set_phrase(entry.text)
        while self.slots_row.count():
            taken = self.slots_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for slot in entry.slots:
            button = QPushButton(slot, self)
            button.setObjectName(f"slot_{slot}")
            button.clicked.connect(lambda _c=False, s=slot: self._insert(s))
            self.slots_row.addWidget(button)
        self.history.clear()
        for version in self.phrases.history(key):
            shown = version.text if len(version.text) <= 70 else version.text[:70] + "…"
            origin = self.tr("الصيغة المدمجة") if version.builtin else shown
            item = QListWidgetItem(f"{_when(version)} — {version.author}: {origin}")
            item.setData(KEY_ROLE, version.id)
            item.setToolTip(version.text)
            self.history.addItem(item)

    def _insert(self, slot: str) -> None:
        self.editor.insert_slot(slot)
        self.editor.setFocus()

    # ----- actions ---------------------------------------------------------------------------
    def _run(self, action: str) -> None:
        key = self.current_key()
        if key is None:
            return
        try:
            if action == "save":
                save_phrase(self.phrases, key, self.editor.phrase(), author=self.author.text())
                done = self.tr("حفظت الصيغة الجديدة؛ تستعمل في المسودات القادمة.")
            elif action == "builtin":
                restore_builtin(self.phrases, key, author=self.author.text())
                done = self.tr("استعيدت الصيغة المدمجة.")
            else:
                chosen = self._chosen_version(key)
                if chosen is None:
                    return
                revert_to(self.phrases, chosen, author=self.author.text())
                done = self.tr("استعيدت الصيغة المختارة من السجل.")
        except BalaghError as err:
            self.outcome.setStyleSheet("color: #b00020;")
            self.outcome.setText(err.text(self.language))
            return
        self.outcome.setStyleSheet("color: #1b5e20;")
        self.outcome.setText(done)
        self.reload(keep=key)

    def _chosen_version(self, key: str) -> PhraseVersion | None:
        item = self.history.currentItem()
        if item is None:
            return None
        wanted = item.data(KEY_ROLE)
        return next((v for v in self.phrases.history(key) if v.id == wanted), None)

    def save(self) -> None:
        """Record the edited wording (refused with a reason when a slot is unknown)."""
        self._run("save")

    def restore(self) -> None:
        """Record the built-in wording again."""
        self._run("builtin")

    def revert(self) -> None:
        """Record the wording chosen in the history again."""
        self._run("revert")


def _user_known() -> bool:
    try:
        return bool(getpass.getuser())
    except (KeyError, OSError):
        return False
