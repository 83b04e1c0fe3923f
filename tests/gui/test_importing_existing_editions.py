"""Importing editions whose numbers exist: the question agrees with how many there are, in
Arabic and in French, and «no» changes nothing."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from gui_helpers import PromptLog

from balagh.gui.edition import interchange as interchange_actions


def _question(window: Any, services: Any, qtbot: Any, prompt_log: PromptLog,
              numbers: list[int], language: str) -> str:
    """Import the editions ``numbers`` (they exist) and answer «no»; the question asked."""
    services.settings = dataclasses.replace(services.settings, language=language)
    exported = json.loads(interchange_actions.export_text(window.editions_files))
    chosen = [dict(d, theme="نص آخر") for d in exported if d["number"] in numbers]
    prompt_log.confirm_answer = False
    asked = len(prompt_log.asked)
    interchange_actions.import_text(
        window.editions_files, json.dumps(chosen, ensure_ascii=False), "editions.json")
    qtbot.waitUntil(lambda: len(prompt_log.asked) > asked and not window.jobs.busy,
                    timeout=20000)
    [question] = prompt_log.asked[asked:]
    return question.split(": ", 2)[2]  # «confirm: <title>: <text>»


def test_the_replace_question_agrees_with_the_count(
    window: Any, services: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    first, second, third = sorted(e.number for e in window.panel.model.editions())[:3]
    before = {n: services.editions.get(n).theme for n in (first, second, third)}

    assert _question(window, services, qtbot, prompt_log, [first], "ar") == \
        f"الدورة {first} موجودة. هل تريد تعويضها بما في الملف؟"
    assert _question(window, services, qtbot, prompt_log, [first, second], "ar") == \
        f"الدورتان {first}، {second} موجودتان. هل تريد تعويضهما بما في الملف؟"
    assert _question(window, services, qtbot, prompt_log, [first, second, third], "ar") == \
        f"الدورات {first}، {second}، {third} موجودة. هل تريد تعويضها بما في الملف؟"
    assert _question(window, services, qtbot, prompt_log, [first], "fr") == \
        f"L'édition {first} existe déjà. La remplacer par celle du fichier ?"
    assert _question(window, services, qtbot, prompt_log, [first, second], "fr") == \
        f"Les éditions {first}, {second} existent déjà. Les remplacer par celles du fichier ?"

    assert {n: services.editions.get(n).theme for n in before} == before  # «no» kept them
