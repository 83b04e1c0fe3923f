"""Balagh (بلاغ): figures of the national police Open Days, press releases and summary sheets."""

# The same as ``[project] version`` in pyproject.toml (tests/test_version.py checks it):
# written here so that no start pays ~20 ms for importlib.metadata, and the frozen bundle,
# which carries no installed metadata, knows its version too.
__version__ = "0.1.0"

__all__ = ["__version__"]
