"""The settings' «موافق» with a new database address: it is tried first, in the background.

While the address is tried (``balagh.app.database_probe``, a short connect timeout) the
dialog stays responsive and says so; a database that cannot be reached is explained in the
staff's words with the choice to correct the address or keep it anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from balagh.core.errors import BalaghError
from balagh.core.isolates import ltr
from balagh.gui.button_words import use_program_words
from balagh.gui.workers import JobRunner
from balagh.messages import current_language


def ask_keep_unreachable(parent: QWidget | None, reason: str) -> bool:
    """«تعذر فتح قاعدة البيانات…»: True to keep the address anyway, False to correct it."""
    title = QCoreApplication.translate("settings", "قاعدة البيانات")
    box = QMessageBox(QMessageBox.Icon.Warning, title, reason,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "settings", "يمكنك تصحيح العنوان، أو الإبقاء عليه رغم ذلك: يستعمل عند إعادة تشغيل "
        "البرنامج، وتظهر صفحة الخطأ إن بقي غير متاح."))
    fix = box.addButton(QCoreApplication.translate("settings", "تصحيح العنوان"),
                        QMessageBox.ButtonRole.RejectRole)
    box.addButton(QCoreApplication.translate("settings", "الإبقاء عليه رغم ذلك"),
                  QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(fix)
    use_program_words(box)
    box.exec()
    return box.clickedButton() is not fix and box.clickedButton() is not None


class DatabaseTrial(QObject):
    """Tries ``field``'s address when asked; ``accept`` runs once it may be kept."""

    def __init__(self, field: QLineEdit, status: QLabel, accept: Callable[[], None],
                 busy: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.field, self.status, self._accept, self._busy = field, status, accept, busy
        self.dialog = parent
        self.jobs = JobRunner(self)
        self.trying: str | None = None  # the address being tried
        self.status.setVisible(False)

    def start(self, url: str) -> None:
        """Try ``url`` in the pool; the answer comes to :meth:`_answer`."""
        from balagh.app.database_probe import database_problem

        self.trying = url
        self.status.setText(QCoreApplication.translate(
            "settings", "جار تجربة الاتصال بقاعدة البيانات…"))
        self.status.setVisible(True)
        self._busy(True)
        self.jobs.submit(lambda: database_problem(url), lambda problem: self._answer(url, problem),
                         lambda err, _tb: self._answer(url, err))

    def cancel(self) -> None:
        """The dialog was closed: an answer that still comes is ignored."""
        self.trying = None

    def _answer(self, url: str, problem: object) -> None:
        if self.trying != url:
            return
        self.trying = None
        self.status.setVisible(False)
        self._busy(False)
        if problem is None:
            self._accept()
            return
        reason = problem.text(current_language()) if isinstance(problem, BalaghError) \
            else str(problem)
        reason = reason.replace(url, ltr(url), 1)  # the address reads left to right
        if ask_keep_unreachable(self.dialog, reason):
            self._accept()
            return
        self.field.setFocus()
        self.field.selectAll()
