"""Balagh (بلاغ): figures of the national police Open Days, press releases and summary sheets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("balagh")
except PackageNotFoundError:  # running from a bare checkout or a frozen bundle without metadata
    __version__ = "0+unknown"

__all__ = ["__version__"]
