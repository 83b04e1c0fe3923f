"""Compiled release templates kept on disk, so that a new process does not compile them again.

Compiling the built-in closing template is about 18 ms of a cold ``balagh release pdf``
(Jinja2 parses it and compiles the Python it generates); loading the compiled code back is
well under a millisecond. This is Jinja2's own bytecode cache
(``jinja2.FileSystemBytecodeCache``), in Balagh's cache folder (``platform.paths``). A text
goes to one of 256 files chosen by its hash (so the folder stays small however many texts
are tried): a file holding another text, another Jinja2 or Python, or which cannot be read,
is compiled again; a folder that cannot be written only means compiling every time.
Example: ``cached_template(env, "{{ 1 + 1 }}")``.
"""

from __future__ import annotations

from hashlib import sha1
from pathlib import Path
from typing import Any

import balagh.documents.release.template_limits as _limits
import balagh.documents.release.templating as _templating
from balagh import __version__

# The code Jinja2 generates also depends on the environment's options (templating) and on
# Balagh's code generator (template_limits), which Jinja2's checks do not see: a changed
# file (a new copy installed, a developer's edit) must not reuse old code. A frozen build has
# no source files: its version says which code it is.


def _stamp(module: Any) -> str:
    try:
        stat = Path(module.__file__ or "").stat()
    except OSError:
        return f"v{__version__}"
    return f"{stat.st_size}.{stat.st_mtime_ns}"


GENERATOR_STAMP = "-".join(_stamp(module) for module in (_limits, _templating))


def _cache(directory: Path | None) -> Any:
    from jinja2 import FileSystemBytecodeCache

    from balagh.platform.paths import app_paths

    folder = directory if directory is not None else app_paths().cache_dir / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


def cached_template(env: Any, text: str, directory: Path | None = None) -> Any:
    """``env.from_string(text)``, through the compiled code kept on disk.

    Compile errors are raised as ``from_string`` raises them (nothing is written then).
    """
    cache = _cache(directory)
    if cache is None:
        return env.from_string(text)
    try:
        slot = sha1(text.encode("utf-8")).hexdigest()[:2]
        bucket = cache.get_bucket(env, f"{slot}|{GENERATOR_STAMP}", None, text)
    except OSError:
        return env.from_string(text)
    if bucket.code is None:
        bucket.code = env.compile(text)
        try:
            cache.set_bucket(bucket)
        except OSError:
            pass
    return env.template_class.from_code(env, bucket.code, env.make_globals(None), None)
