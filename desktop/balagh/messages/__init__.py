"""One message catalogue for every sentence the staff read (gettext catalogues, Babel tools).

>>> from balagh.messages import msg
>>> msg("اسم القالب فارغ").fr
'Le nom du modèle est vide.'
"""

from balagh.messages.catalogues import (
    DOMAIN,
    SOURCE_LANGUAGE,
    available_languages,
    catalogue,
    forget_catalogue,
    load_catalogue,
    use_locale_folder,
)
from balagh.messages.text import (
    Localizable,
    Message,
    PerLanguage,
    _,
    current_language,
    msg,
    ngettext,
    nmsg,
    pmsg,
    render,
    set_language,
    translate,
)

__all__ = [
    "DOMAIN",
    "SOURCE_LANGUAGE",
    "Localizable",
    "Message",
    "PerLanguage",
    "_",
    "available_languages",
    "catalogue",
    "current_language",
    "forget_catalogue",
    "load_catalogue",
    "msg",
    "ngettext",
    "nmsg",
    "pmsg",
    "render",
    "set_language",
    "translate",
    "use_locale_folder",
]
