"""The release tab shows the Arabic text and its French version side by side: drafted from
the same figures, edited, previewed, checked and issued together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import drafted, fez_number, fez_release_tab

from balagh.core.model import Language, ReleaseKind, ReleaseStatus
from balagh.documents.release.verify import verify_pdf


def _french_draft(window: Any, qtbot: Any) -> Any:
    window.open_edition(fez_number(window))
    window.tabs.setCurrentWidget(window.release_tab)
    tab = window.release_tab
    drafted(tab)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    tab.french.create_button.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    return tab


def test_french_version_beside_the_arabic(window: Any, qtbot: Any, services: Any,
                                          tmp_path: Path) -> None:
    tab = _french_draft(window, qtbot)
    release = tab.controller.release
    assert release is not None and release.french is not None
    assert tab.french.editor.toPlainText().startswith("La 4e édition des Journées portes")
    assert "تعلن المديرية العامة للأمن الوطني" in tab.editor.toPlainText()
    assert tab.french.show_french.isChecked()  # the preview shows the French version
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=30000)
    assert tab.controller.last_pdf.startswith(b"%PDF")
    assert b"fr-MA" in tab.controller.last_pdf
    stored = services.releases.get_release(release.id)
    assert stored.french is not None and stored.french.paragraphs == release.french.paragraphs

    # an edit of the French text is kept and checked
    text = tab.french.editor.toPlainText().replace("465 donneurs", "466 donneurs")
    tab.french.editor.setPlainText(text)
    qtbot.waitUntil(lambda: any("466" in getattr(f, "text", "")
                                for f in tab.controller.discrepancies), timeout=20000)
    assert any("النسخة الفرنسية" in tab.checks.item(i).text()
               for i in range(tab.checks.count()))
    tab.french.editor.setPlainText(text.replace("466 donneurs", "465 donneurs"))
    qtbot.waitUntil(lambda: tab.controller.discrepancies == [], timeout=20000)

    for width in (1366, 1024):
        window.resize(width, 768)
        qtbot.wait(50)
        assert tab.french.editor.width() > 150 and tab.editor.width() > 150
        assert window.grab().save(str(tmp_path / f"release-fr-{width}.png"))

    issued = tab.controller.issue()
    assert issued is not None and issued.status is ReleaseStatus.ISSUED
    assert issued.french is not None and issued.french.pdf
    assert verify_pdf(issued.french.pdf, services.releases) is not None
    assert verify_pdf(issued.pdf or b"", services.releases) is not None
    assert tab.french.editor.isReadOnly() and not tab.french.create_button.isEnabled()
    assert tab.controller.current_pdf() == issued.versions[Language.FR].pdf
    tab.french.show_arabic.setChecked(True)
    assert tab.controller.current_pdf() == issued.pdf


def test_french_version_removed(window: Any, qtbot: Any, services: Any) -> None:
    tab = _french_draft(window, qtbot)
    tab.french.remove_button.click()
    release = tab.controller.release
    assert release is not None and release.versions == {}
    assert services.releases.get_release(release.id).versions == {}
    assert tab.french.editor.toPlainText() == "" and tab.french.show_arabic.isChecked()


def test_french_template_copied_stored_and_used(window: Any, qtbot: Any, services: Any) -> None:
    from balagh.gui.release.templates_dialog import TemplatesDialog

    tab = _french_draft(window, qtbot)
    dialog = TemplatesDialog(services, tab.controller.edition, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.copy_builtin(ReleaseKind.CLOSING)
    assert "Communiqué de clôture" in dialog.body.toPlainText()
    assert dialog.name.text().endswith("(FR)")
    dialog.name.setText("Clôture du bureau")
    added = "\nMerci aux visiteurs de {{ city_fr }}.\n"
    dialog.body.setPlainText(dialog.body.toPlainText() + added)
    with qtbot.waitSignal(dialog.tried, timeout=20000) as tried:  # trials run in the pool
        dialog.try_current()
    trial = tried.args[0]
    assert trial.ok and trial.paragraphs[-1] == "Merci aux visiteurs de Fès."
    with qtbot.waitSignal(dialog.tried, timeout=20000) as saved:
        dialog.save_current()
    assert saved.args[0].ok
    stored = {t.name: t for t in services.releases.templates()}
    assert stored["Clôture du bureau"].language is Language.FR

    tab.reload_templates()
    # the Arabic choice does not offer a French template; the French panel does
    assert tab.template.findData("Clôture du bureau") < 0
    tab.french.template.setCurrentIndex(tab.french.template.findData("Clôture du bureau"))
    tab.french.create_button.click()
    release = tab.controller.release
    assert release.french.paragraphs[-1] == "Merci aux visiteurs de Fès."
    assert release.french.template_name == "Clôture du bureau"


def test_french_daily_bulletin_beside_the_arabic(window: Any, qtbot: Any,
                                                 tmp_path: Path) -> None:
    """The bulletin of 18 May 2023 in both languages in the release tab: the French drafted
    from the figures of that day, previewed, and the same figures checked in both."""
    import datetime as dt

    tab = fez_release_tab(window, qtbot)
    tab.kind.setCurrentIndex(tab.kind.findData(ReleaseKind.DAILY.value))
    tab.day.setCurrentIndex(1)
    drafted(tab)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    tab.french.create_button.click()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20000)
    release = tab.controller.release
    assert release.kind is ReleaseKind.DAILY and release.date == dt.date(2023, 5, 18)
    french = tab.french.editor.toPlainText()
    assert french.startswith("Les Journées portes ouvertes (JPO), organisées cette année")
    assert "344.100 visiteurs au cours des deux premiers jours" in french
    assert "par 72 médias" in french and "216 déclarations à la presse" in french
    assert tab.editor.toPlainText().startswith("بلغ عدد الوافدين على فضاء أيام الأبواب")
    qtbot.waitUntil(lambda: tab.preview.page_count() >= 1, timeout=30000)
    assert b"fr-MA" in tab.controller.last_pdf
    assert tab.controller.discrepancies == []
    tab.reload_templates()  # as a refresh of the editions list does
    assert tab.kind.currentData() == ReleaseKind.DAILY.value and tab.day.isVisibleTo(tab)
    for width in (1366, 1024):
        window.resize(width, 768)
        qtbot.wait(50)
        assert tab.kind.currentData() == ReleaseKind.DAILY.value
        # side by side: the French editor to the left of the Arabic one, both readable
        assert tab.french.editor.width() > 150 and tab.editor.width() > 150
        assert window.grab().save(str(tmp_path / f"bulletin-fr-{width}.png"))
