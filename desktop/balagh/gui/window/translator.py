"""Qt's translations answered from Balagh's gettext catalogue (``balagh.messages``).

``self.tr("…")`` and ``QCoreApplication.translate(context, "…")`` keep working: Qt asks every
installed translator, and :class:`CatalogueTranslator` looks the Arabic source text up in the
catalogue of its language (the Qt context is not part of the id: one Arabic sentence has one
translation). A text the catalogue does not hold is answered with None (a null QString) so
that the next translator (Qt's own ``qtbase_fr`` for its dialogs) or the source text is used:
an empty string would stop Qt's search there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from balagh.messages import SOURCE_LANGUAGE, catalogue


class CatalogueTranslator(QTranslator):
    """A QTranslator for one catalogue language (``"fr"``, or a pseudo-language in tests)."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue_language = language

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not source or self.catalogue_language == SOURCE_LANGUAGE:
            return None
        found = catalogue(self.catalogue_language)
        if disambiguation:
            text = found.pgettext(disambiguation, source)
        else:
            text = found.gettext(source)
        if text == source:
            return None
        return text.replace("%n", str(n)) if n >= 0 else text
