"""Qt's own catalogue (``qtbase_ar``, ``qtbase_fr``), with the mnemonics Qt added since.

Qt 6 writes some of its file dialog's labels with a mnemonic («&Look in:», «Files of
&type:») while the catalogues shipped with it still translate them without one («Look
in:»): the dialogs came out half English. This translator asks the catalogue for the text
as written, then without its «&».
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator


class QtCatalogue(QTranslator):
    """``qtbase_<language>`` that also finds texts whose only change is a mnemonic."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = QTranslator(self)

    def load_catalogue(self, language: str, folder: str) -> bool:
        """Load ``qtbase_<language>`` from Qt's translations folder."""
        return bool(self.base.load(f"qtbase_{language}", folder))

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = self.base.translate(context, source, disambiguation, n)
        if not found and source and "&" in source:
            found = self.base.translate(context, source.replace("&", "", 1), disambiguation, n)
        return found or None  # type: ignore[return-value]  # null QString: not translated

    def isEmpty(self) -> bool:
        return bool(self.base.isEmpty())
