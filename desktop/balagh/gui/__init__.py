"""balagh.gui: the desktop window (PySide6).

Importing the package imports PySide6 and makes its per-module import check cheap
(:mod:`balagh.gui.import_hook`) before the window's modules, SQLAlchemy and the store
are imported.
"""

import PySide6  # noqa: F401  (installs PySide6's import hook, replaced below)

from balagh.gui import import_hook

import_hook.install()
