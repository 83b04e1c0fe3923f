"""The spread of an interleaved benchmark: quartiles of its round-by-round ratios.

Each benchmark alternates Balagh and its floor, so round ``i`` gives one ratio
``a[i] / b[i]`` measured under the same load. The headline figure stays the ratio of the
medians; the quartiles of the per-round ratios say how far one round may stray from it.

    >>> spread([2.0, 3.0, 4.0, 5.0], [1.0, 1.0, 1.0, 1.0])
    'per-round ratios: quartiles 2.75–4.25, min 2.00, max 5.00 (4 rounds)'
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def spread(times: Sequence[float], floors: Sequence[float]) -> str:
    """Quartiles, minimum and maximum of ``times[i] / floors[i]`` (rounds in step)."""
    ratios = sorted(a / b for a, b in zip(times, floors, strict=True))
    if len(ratios) < 2:
        return f"per-round ratios: {ratios[0]:.2f} (1 round)" if ratios else "no rounds"
    q1, _median, q3 = statistics.quantiles(ratios, n=4, method="inclusive")
    return (f"per-round ratios: quartiles {q1:.2f}–{q3:.2f}, min {ratios[0]:.2f}, "
            f"max {ratios[-1]:.2f} ({len(ratios)} rounds)")
