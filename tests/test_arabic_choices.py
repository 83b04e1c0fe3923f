"""The language layer's choices (case, qualifier, qualifier style) are read by one parser:
any letter case and spaces around are accepted, anything else is refused with a sentence
that names the choice and lists what is accepted, in Arabic and French."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from balagh.arabic.grammar import Case, LanguageError, as_case
from balagh.arabic.qualifiers import QualifierStyle, as_qualifier, as_style
from balagh.core.model import Qualifier


def test_values_and_members_are_read_alike() -> None:
    assert as_case(" Accusative ") is Case.ACCUSATIVE is as_case(Case.ACCUSATIVE)
    assert as_qualifier("MORE_THAN") is Qualifier.MORE_THAN is as_qualifier(Qualifier.MORE_THAN)
    assert as_style("verb ") is QualifierStyle.VERB


@pytest.mark.parametrize(("parse", "arabic", "allowed"), [
    (as_case, "حالة إعرابية غير معروفة: «dative»", "nominative, accusative, genitive"),
    (as_qualifier, "وصف غير معروف للرقم: «dative»", "exact, about, more_than"),
    (as_style, "أسلوب غير معروف: «dative»", "verb, adverb"),
])
def test_an_unknown_value_is_refused_by_name(parse: Callable[[str], object], arabic: str,
                                             allowed: str) -> None:
    with pytest.raises(LanguageError) as refused:
        parse("dative")
    assert refused.value.message_ar.startswith(arabic)
    assert allowed in refused.value.message_ar and allowed in refused.value.message_fr
    assert "dative" in refused.value.message_fr and refused.value.message_fr != \
        refused.value.message_ar
