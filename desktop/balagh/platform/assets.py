"""The one way to find a bundled resource (font, template, icon, demo data, translation).

Resources live in the top-level ``resources/`` folder of the checkout, which is installed as
the package ``balagh.resources``; PyInstaller bundles collect the same package, so
``importlib.resources`` finds them in a checkout, an installed wheel and a frozen bundle.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = "balagh.resources"
_keep_open = ExitStack()


def resource(*parts: str) -> Traversable:
    """Return the traversable for ``resources/<parts...>`` (it may not exist)."""
    node: Traversable = files(_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_path(*parts: str) -> Path:
    """Return a real file-system path for a resource (extracted once if zipped).

    Raises ``FileNotFoundError`` naming the resource when it is missing.
    """
    node = resource(*parts)
    if not node.is_file() and not node.is_dir():
        raise FileNotFoundError(f"Balagh resource not found: resources/{'/'.join(parts)}")
    return _keep_open.enter_context(as_file(node))


def read_text(*parts: str) -> str:
    """Return the UTF-8 text of a resource."""
    return resource(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    """Return the bytes of a resource."""
    return resource(*parts).read_bytes()
