"""The program's log: rotating files in the platform's log folder (the window and the
command line write there; the technical detail of an error the staff read in their words)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from balagh.platform.paths import app_paths

LOG_NAME = "balagh.log"
LOG_MAX_BYTES = 1_000_000  # one file; then it is renamed balagh.log.1 and a new one starts
LOG_BACKUPS = 5  # balagh.log.1 … balagh.log.5 are kept, older ones deleted


def configure_logging(level: int = logging.INFO) -> Path:
    """Log to ``<log dir>/balagh.log``, rotating (1 MB, 5 old files); returns its path."""
    folder = app_paths().ensure().log_dir
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def keep_records_off_the_terminal() -> None:
    """Balagh's log records never reach standard error as raw lines («database error:
    DatabaseError: …»): the staff read one sentence in their words; the detail goes to the
    log file when one is configured."""
    logger = logging.getLogger("balagh")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def logs_for_a_command(*, to_file: bool) -> None:
    """A command line's logging: records kept off the terminal, and written to the log file
    when the command is the process's own (``to_file``; a caller such as a test keeps its
    own logging). A log folder that cannot be written does not stop the command."""
    keep_records_off_the_terminal()
    if to_file:
        try:
            configure_logging()
        except OSError:
            pass
