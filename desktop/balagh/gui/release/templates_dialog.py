"""The release templates dialog (view): stored templates, an editor, a trial pane.

The staff copy a built-in template, edit it, try it on the open edition and store it by
name; the release tab then offers it. Behaviour lives in ``TemplatesController``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from balagh.core.model import Edition, ReleaseKind
from balagh.documents.release.template_limits import MAX_SECONDS
from balagh.gui import prompts
from balagh.gui.button_words import use_program_words
from balagh.gui.release.templates_controller import TemplatesController, Trial
from balagh.gui.services import Services
from balagh.gui.widgets.column_fit import fitted_size
from balagh.gui.widgets.rtl_text import left_to_right, right_to_left
from balagh.gui.workers import JobRunner


def _rtl_editor(parent: QWidget, read_only: bool = False, code: bool = False
                ) -> QPlainTextEdit:
    """An Amiri text field: right to left for Arabic prose, left to right for template code
    (``code``)."""
    editor = QPlainTextEdit(parent)
    if code:
        left_to_right(editor)
    else:
        right_to_left(editor)
    font = QFont("Amiri")
    font.setPointSize(max(editor.font().pointSize(), 10) + 1)
    editor.setFont(font)
    editor.setReadOnly(read_only)
    return editor


class TemplatesDialog(QDialog):
    """Copy, edit, try, store and delete release templates."""

    #: A trial (or a save, which tries first) finished in the background.
    tried = Signal(object)

    def __init__(self, services: Services, edition: Edition | None = None,
                 parent: QWidget | None = None, jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_dialog")
        # Templates run in the thread pool: one that is slow (stopped at its limit) never
        # freezes the window.
        self.jobs = jobs or JobRunner(self)
        self.last_trial: Trial | None = None
        self.setWindowTitle(self.tr("قوالب البلاغات"))
        self.resize(fitted_size(self, 1000, 640))
        self.controller = TemplatesController(services, edition, self)
        side = self._stored_side()

        edit_side = self._editor_side()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(side)
        splitter.addWidget(edit_side)
        splitter.setSizes([260, 740])
        close = use_program_words(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self._editing: str | None = None  # the stored template in the editor (None: a new one)
        self.names.currentTextChanged.connect(self.show_template)
        self.copy_closing.clicked.connect(lambda: self.copy_builtin(ReleaseKind.CLOSING))
        self.copy_opening.clicked.connect(lambda: self.copy_builtin(ReleaseKind.OPENING))
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button.clicked.connect(self.open_history)
        self.try_button.clicked.connect(self.try_current)
        self.save_button.clicked.connect(self.save_current)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.reload()
        if self.names.count() == 0:
            self.copy_builtin(ReleaseKind.CLOSING)

    def _stored_side(self) -> QWidget:
        """The stored templates' names and the buttons that copy, delete or show one."""
        self.names = QListWidget(self)
        self.names.setObjectName("template_names")
        self.copy_closing = QPushButton(self.tr("نسخة من قالب الاختتام المدمج"), self)
        self.copy_opening = QPushButton(self.tr("نسخة من قالب الافتتاح المدمج"), self)
        self.delete_button = QPushButton(self.tr("حذف القالب"), self)
        self.history_button = QPushButton(self.tr("سجل القالب…"), self)
        self.history_button.setObjectName("template_history")
        self.history_button.setToolTip(self.tr("النسخ المحفوظة من هذا القالب، واسترجاع إحداها"))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("القوالب المحفوظة"), side))
        side_layout.addWidget(self.names, 1)
        for button in (self.copy_closing, self.copy_opening, self.delete_button,
                       self.history_button):
            side_layout.addWidget(button)
        return side

    def _editor_side(self) -> QWidget:
        """The name, kind and language, the editor, the trial and its result."""
        self.name = QLineEdit(self)
        self.name.setObjectName("template_name")
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("بلاغ اختتام"), ReleaseKind.CLOSING.value)
        self.kind.addItem(self.tr("بلاغ افتتاح"), ReleaseKind.OPENING.value)
        self.kind.addItem(self.tr("نشرة يومية"), ReleaseKind.DAILY.value)
        self.language = QComboBox(self)
        self.language.setObjectName("template_language")
        self.language.addItem(self.tr("العربية"), "ar")
        self.language.addItem(self.tr("الفرنسية (النسخة الفرنسية)"), "fr")
        self.language.setToolTip(
            self.tr("لغة القالب؛ نسخ القالب المدمج يأخذ القالب المدمج لهذه اللغة"))
        self.body = _rtl_editor(self, code=True)
        self.body.setObjectName("template_body")
        self.try_button = QPushButton(self.tr("تجربة على الدورة"), self)
        self.save_button = QPushButton(self.tr("حفظ القالب"), self)
        self.save_button.setObjectName("save_template")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("template_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trial_text = _rtl_editor(self, read_only=True)
        self.trial_text.setObjectName("template_result")
        head = QFormLayout()
        head.addRow(self.tr("اسم القالب"), self.name)
        head.addRow(self.tr("النوع"), self.kind)
        head.addRow(self.tr("اللغة"), self.language)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.try_button)
        buttons_row.addWidget(self.save_button)
        buttons_row.addStretch(1)
        edit_side = QWidget(self)
        edit_layout = QVBoxLayout(edit_side)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(head)
        edit_layout.addWidget(QLabel(self.tr("نص القالب"), edit_side))
        edit_layout.addWidget(self.body, 3)
        edit_layout.addLayout(buttons_row)
        edit_layout.addWidget(self.outcome)
        edit_layout.addWidget(QLabel(self.tr("النص الناتج للدورة"), edit_side))
        edit_layout.addWidget(self.trial_text, 2)
        return edit_side

    # ----- list ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Refill the list of stored templates (selecting ``select`` if given)."""
        self.names.blockSignals(True)
        self.names.clear()
        for template in self.controller.stored():
            self.names.addItem(template.name)
        self.names.blockSignals(False)
        if select is not None:
            found = self.names.findItems(select, Qt.MatchFlag.MatchExactly)
            if found:
                self.names.setCurrentItem(found[0])
        elif self.names.count():
            self.names.setCurrentRow(0)
        self.delete_button.setEnabled(self.names.currentItem() is not None)
        self._history_available(self.names.currentItem() is not None)

    def show_template(self, name: str) -> None:
        """Put a stored template in the editor."""
        template = self.controller.find(name)
        self.delete_button.setEnabled(template is not None)
        self._history_available(template is not None)
        if template is None:
            return
        self._edit(template.name, template.kind, template.body, template.language.value)
        self._editing = template.name

    def _history_available(self, stored: bool) -> None:
        self.history_button.setEnabled(
            stored and getattr(self.controller.services, "history", None) is not None)

    def open_history(self) -> Any:
        """«سجل القالب…»: the saved versions of the selected template; a restored one is
        shown in the editor."""
        from balagh.gui.release.template_history_dialog import TemplateHistoryDialog

        item = self.names.currentItem()
        if item is None:
            return None
        name = item.text()
        dialog = TemplateHistoryDialog(self.controller.services, name, self)
        dialog.restored.connect(lambda _t: self._restored(name))
        dialog.show()
        return dialog

    def _restored(self, name: str) -> None:
        """A version of template ``name`` was restored: show it as it is now."""
        self.reload(select=name)
        self.show_template(name)

    def _language_chosen(self, *_args: object) -> None:
        """The trial's text reads in the template's language; the template's source is code
        and stays left to right in either language («{# … #}», «{% if %}» never mirrored)."""
        french = self.language.currentData() == "fr"
        direction = (Qt.LayoutDirection.LeftToRight if french
                     else Qt.LayoutDirection.RightToLeft)
        left_to_right(self.body)
        for editor in (self.trial_text,):
            editor.setLayoutDirection(direction)
            option = editor.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment((Qt.AlignmentFlag.AlignLeft if french
                                 else Qt.AlignmentFlag.AlignRight)
                                | Qt.AlignmentFlag.AlignAbsolute)
            editor.document().setDefaultTextOption(option)

    def _edit(self, name: str, kind: ReleaseKind, body: str, language: str = "ar") -> None:
        self.name.setText(name)
        self.kind.setCurrentIndex(max(self.kind.findData(kind.value), 0))
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.body.setPlainText(body)
        self.outcome.clear()
        self.trial_text.clear()

    def copy_builtin(self, kind: ReleaseKind) -> None:
        """Start a new template from the built-in one of ``kind``."""
        self.names.clearSelection()
        language = str(self.language.currentData() or "ar")
        self._edit(self.controller.copy_name(kind, language), kind,
                   self.controller.builtin_body(kind, language), language)
        self._editing = None
        self.name.setFocus()
        self.name.selectAll()

    # ----- actions ---------------------------------------------------------------------------
    def _current(self) -> tuple[str, ReleaseKind, str, str]:
        return (self.name.text(), ReleaseKind(self.kind.currentData()),
                self.body.toPlainText(), str(self.language.currentData() or "ar"))

    def _show_trial(self, trial: Trial, saved: bool = False) -> None:
        if trial.ok:
            self.outcome.setStyleSheet("")
            self.outcome.setText(
                self.tr("حفظ القالب «%1».").replace("%1", self.name.text().strip()) if saved
                else self.tr("القالب سليم: هذا نص البلاغ الذي يكتبه.")
            )
            self.trial_text.setPlainText("\n\n".join(trial.paragraphs))
            return
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText("⚠ " + trial.error)
        self.trial_text.clear()
        if trial.line:
            block = self.body.document().findBlockByNumber(trial.line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.LineUnderCursor)
                self.body.setTextCursor(cursor)
                self.body.setFocus()

    def _start(self, work: Callable[[], Trial], finish: Callable[[Trial], Trial]) -> None:
        """Run ``work`` (a trial) in the thread pool, then ``finish`` in the window's thread;
        show the outcome and report it with ``tried``."""
        self.last_trial = None
        self.try_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("جار تجربة القالب…"))

        def done(trial: Trial) -> None:
            self.try_button.setEnabled(True)
            self.save_button.setEnabled(True)
            trial = finish(trial)
            self.last_trial = trial
            self.tried.emit(trial)

        def failed(err: BaseException, _tb: str) -> None:
            done(Trial([], str(err)))

        self.jobs.submit(work, done, failed)

    def done(self, result: int) -> None:
        """Close, after a running trial has stopped (templates stop at their time limit)."""
        if self.jobs.busy:
            self.jobs.wait(int(MAX_SECONDS * 1000) + 2000)
        super().done(result)

    def try_current(self) -> None:
        """Write the release text of the open edition with the template being edited (in the
        background; ``tried`` and ``last_trial`` report the Trial)."""
        current = self._current()

        def finish(trial: Trial) -> Trial:
            self._show_trial(trial)
            return trial

        self._start(lambda: self.controller.try_template(*current), finish)

    def save_current(self) -> bool:
        """Try the template in the background, then store it under its name (refused, with
        the reason, if broken); ``tried`` and ``last_trial`` report the outcome.

        Returns False when the user declined to replace another template of that name.
        """
        name = self.name.text().strip()
        if (name != self._editing and self.controller.find(name) is not None
                and not prompts.confirm(
                    self, self.tr("قوالب البلاغات"),
                    self.tr("يوجد قالب باسم «%1». هل تريد تعويضه؟").replace("%1", name))):
            return False
        current = self._current()

        def finish(trial: Trial) -> Trial:
            if trial.ok:
                name_, kind, body, language = current
                trial = self.controller.store(name_, kind, body, trial, language)
            if trial.ok:
                self.reload(select=name)
                self._editing = name
            self._show_trial(trial, saved=True)
            return trial

        self._start(lambda: self.controller.check_for_saving(*current), finish)
        return True

    def delete_current(self) -> None:
        """Delete the selected stored template after confirmation."""
        item = self.names.currentItem()
        if item is None:
            return
        name = item.text()
        if not prompts.confirm(self, self.tr("قوالب البلاغات"),
                               self.tr("هل تريد حذف القالب «%1»؟").replace("%1", name)):
            return
        error = self.controller.delete(name)
        if error:
            prompts.show_error(self, self.tr("قوالب البلاغات"), error)
            return
        self.reload()
        if self.names.count() == 0:
            self.copy_builtin(ReleaseKind.CLOSING)
