"""What a release template is given: deep copies, so that whatever a template does, the
caller's objects are unchanged — long lists (every edition of the record) copied item by item
as the template reads them rather than all at once.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any, overload


class CopiesOnRead(Sequence[Any]):
    """A long list as a template sees it: each item deep-copied when the template reads it.

    Copying the whole record up front (``all_editions``: 1000 editions) cost 400 ms per
    draft, for templates that read a few editions or none.
    """

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = list(items)
        self._copies: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._items)))]
        position = range(len(self._items))[index]  # IndexError as a list would raise
        if position not in self._copies:
            self._copies[position] = copy.deepcopy(self._items[position])
        return self._copies[position]

    def __deepcopy__(self, _memo: dict[int, Any]) -> CopiesOnRead:
        return self  # its items are copied when read


#: Lists longer than this reach templates as ``CopiesOnRead``.
LONG_LIST = 16


def template_copy(context: Mapping[str, Any]) -> dict[str, Any]:
    """What a template is given: deep copies of ``context``'s values, long lists copied
    item by item as they are read."""
    return copy.deepcopy({
        key: CopiesOnRead(value) if isinstance(value, list | tuple) and len(value) > LONG_LIST
        else value
        for key, value in context.items()
    })
