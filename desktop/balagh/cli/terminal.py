"""What the command line prints and asks: a sentence in both languages, a confirmation.

>>> from balagh.messages import msg
>>> bilingual(msg("اسم القالب فارغ"))
'اسم القالب فارغ / Le nom du modèle est vide.'
"""

from __future__ import annotations

import sys

from balagh.core.errors import BalaghError
from balagh.messages import Localizable, available_languages, pmsg

#: The title of every list of subcommands in the help.
COMMANDS_TITLE = "الأوامر / commandes"

#: Short answers accepted beside the word "yes" of every catalogue (نعم, oui…).
_SHORT_YES = ("y", "o", "yes")


def bilingual(message: Localizable) -> str:
    """One line for the terminal: the Arabic sentence, then its French."""
    return f"{message.text('ar')} / {message.text('fr')}"


def yes_words() -> set[str]:
    """The answers that confirm: «نعم» in every language that has a catalogue, y/o/yes."""
    word = pmsg("answer", "نعم")
    return {word.text(language).strip().lower() for language in available_languages()} | set(
        _SHORT_YES)


def confirmed(question: str, refusal: Localizable) -> bool:
    """Ask ``question`` on the terminal; True when the answer is one of :func:`yes_words`.

    Without a terminal (a script, a pipe) nothing is asked: BalaghError ``refusal`` says to
    add ``--yes``."""
    if not sys.stdin or not sys.stdin.isatty():
        raise BalaghError(refusal)
    return input(question).strip().lower() in yes_words()
