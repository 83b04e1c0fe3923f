"""Lists joined with «و» and percentages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from balagh.arabic import LanguageError, and_list, and_list_fr, percent_ar, percent_fr


def test_and_list() -> None:
    # the seed: «مواطنين من مدينة فاس ومختلف المدن المغربية، وكذا مقيمين وسياح وبعثات …»
    assert and_list(["مقيمين", "سياح", "بعثات رسمية أجنبية"]) == (
        "مقيمين وسياح وبعثات رسمية أجنبية")
    assert and_list(["التلاميذ"]) == "التلاميذ"
    assert and_list([]) == ""
    assert and_list(["أ", "  ", "ب"]) == "أ وب"
    assert and_list_fr(["élèves", "citoyens", "touristes"]) == "élèves, citoyens et touristes"
    assert and_list_fr(["élèves", "touristes"]) == "élèves et touristes"
    assert and_list_fr(["élèves"]) == "élèves"


@pytest.mark.parametrize(
    ("value", "decimals", "arabic", "french"),
    [
        (12.5, 1, "12,5 في المائة", "12,5\u00a0%"),
        (40, 1, "40 في المائة", "40\u00a0%"),
        (3.14159, 1, "3,1 في المائة", "3,1\u00a0%"),
        (Decimal("2.25"), 1, "2,3 في المائة", "2,3\u00a0%"),
        (0.04, 1, "0 في المائة", "0\u00a0%"),
        (123.456, 2, "123,46 في المائة", "123,46\u00a0%"),
        (-7.5, 0, "-8 في المائة", "-8\u00a0%"),
        (-0.01, 1, "0 في المائة", "0\u00a0%"),
    ],
)
def test_percentages(value: float, decimals: int, arabic: str, french: str) -> None:
    assert percent_ar(value, decimals) == arabic
    assert percent_fr(value, decimals) == french


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "abc", True])
def test_bad_percentages(bad: object) -> None:
    with pytest.raises(LanguageError):
        percent_ar(bad)  # type: ignore[arg-type]
