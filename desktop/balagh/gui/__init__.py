"""balagh.gui: the desktop window (PySide6).

Importing the package imports PySide6 and makes its per-module import check cheap
(:mod:`balagh.gui.import_hook`) before the window's modules, SQLAlchemy and the store
are imported; it also keeps PySide6 6.12.0 from wearing ``None`` and ``True`` down until
Python aborts (:mod:`balagh.gui.immortal_singletons`).
"""

import PySide6  # noqa: F401  (installs PySide6's import hook, replaced below)

from balagh.gui import import_hook

import_hook.install()

from balagh.gui import immortal_singletons  # noqa: E402  (imported under the cheap check)

immortal_singletons.install()
