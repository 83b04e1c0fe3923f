"""«إصدار البلاغ» in the release tab: check, confirm (naming the release in force it
replaces; a text identical to it only when confirmed again), issue. A method of ReleaseTab;
the workflow is ``balagh.app.issuing``'s, as for ``balagh release issue``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from balagh.core.isolates import ltr
from balagh.gui import prompts
from balagh.gui.release import override_reason

if TYPE_CHECKING:
    from balagh.gui.release.tab import ReleaseTab


def issue(tab: ReleaseTab) -> None:
    """Store and check the draft, confirm (with a reason when the check found problems),
    then issue exactly the version that was checked. The confirmation names the release
    in force it replaces; a text identical to it is issued again only when confirmed."""
    checked = tab.controller.check_for_issue()
    if checked is None:
        return
    replaced = ltr(checked.replaces.reference or "") if checked.replaces else ""
    if checked.identical and not prompts.confirm(
        tab,
        tab.tr("إصدار البلاغ"),
        tab.tr("نص هذا البلاغ مطابق للبلاغ الصادر %1 الساري المفعول. إصداره يعطيه مرجعا "
                "جديدا يحل محل %1. هل تريد إصداره من جديد؟").replace("%1", replaced),
    ):
        return
    found = checked.problems  # warnings do not block issuing
    reason: str | None = None
    question = tab.tr("بعد الإصدار يحمل البلاغ رقما مرجعيا ولا يمكن تعديله. هل تريد الإصدار؟")
    if replaced:
        question += "\n" + tab.tr("سيحل محل البلاغ الصادر %1، فلا يبقى ساري المفعول."
                                   ).replace("%1", replaced)
    if found:
        reason = override_reason.ask_override_reason(tab)
        if reason is None:  # cancelled; a blank reason cannot be given
            return
    elif not checked.identical and not prompts.confirm(
            tab, tab.tr("إصدار البلاغ"), question):
        return
    issued = tab.controller.issue(reason, checked, again=checked.identical)
    if issued is not None:
        done = tab.tr("صدر البلاغ تحت المرجع %1.").replace("%1", issued.reference or "")
        if replaced:
            done += "\n" + tab.tr("وحل محل البلاغ %1.").replace("%1", replaced)
        prompts.show_info(tab, tab.tr("إصدار البلاغ"), done)
