"""Templates cannot hang or exhaust the application (``balagh.documents.release.template_limits``):
each probe of the audit is stopped within its limit, with a sentence naming the template."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from balagh.cli.main import main
from balagh.core.model import ReleaseKind, StoredTemplate
from balagh.documents.release.template_limits import MAX_OUTPUT, MAX_SECONDS
from balagh.documents.release.templating import TemplateError, render_template

NESTED_CALLS = ("{% macro m() %}{{ caller() }}{{ caller() }}{% endmacro %}"
                + "{% call m() %}" * 30 + "x" + "{% endcall %}" * 30)
PROBES = {
    "nested loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                    "{% endfor %}",
    "tower of powers": "{% set n = 9 %}{{ n ** (n ** 20) }}",
    "lipsum": "{{ lipsum(10**6) }}",
    "exponential macro": "{% macro f(n) %}{% if n > 0 %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                         "{% endmacro %}{{ f(40) }}",
    "nested call blocks": NESTED_CALLS,
    "centre": "{{ 'x'|center(10**9) }}",
    "repeat": "{{ 'x' * 10**9 }}",
    "doubling": "{% set ns = namespace(s='x') %}{% for i in range(60) %}"
                "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "format width": "{{ '{:>1000000000}'.format(1) }}",
    "long output": "{% for i in range(100000) %}xxxxxxxxxx{% endfor %}",
}


@pytest.mark.parametrize("name", list(PROBES))
def test_each_exhaustion_probe_is_stopped_within_its_limit(name: str) -> None:
    # The limit counts the rendering thread's CPU time (a busy machine stops a template
    # neither sooner nor later), so the test reads the same clock.
    started = time.thread_time()
    with pytest.raises(TemplateError) as stopped:
        render_template(PROBES[name], {}, name)
    took = time.thread_time() - started
    assert took < MAX_SECONDS + 1.5, f"{name} took {took:.1f} s"
    message = stopped.value.message_ar
    assert message.startswith(f"القالب «{name}»") and "غير متوقع" not in message


def test_ordinary_templates_still_work() -> None:
    text = render_template("بلغ {{ n }} زائر {{ 'ab'|center(6) }} {{ '{:>4}'.format(7) }} "
                           "{{ 2 ** 10 }} {{ 'و' * 3 }}", {"n": 1_150_000})
    assert text == "بلغ 1150000 زائر   ab      7 1024 ووو"
    assert len(render_template(f"{{{{ 'x' * {MAX_OUTPUT} }}}}", {})) == MAX_OUTPUT


def test_a_failing_default_template_falls_back_to_the_built_in_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from balagh.platform.settings import Settings
    from balagh.store import open_store

    url = f"sqlite:///{(tmp_path / 'office.db').as_posix()}"
    assert main(["--db", url, "demo"]) == 0
    with open_store(url) as store:
        store.releases.save_template(StoredTemplate(
            "مشترك", ReleaseKind.CLOSING, PROBES["exponential macro"]))
    Settings(default_template="مشترك").save()
    capsys.readouterr()
    started = time.thread_time()
    code = main(["--db", url, "release", "draft", "2023"])
    out, err = capsys.readouterr()
    assert code == 0 and time.thread_time() - started < MAX_SECONDS + 5
    # The window's sentence (app.release_drafting.builtin_fallback_notice), named and why.
    assert "تعذر استعمال القالب المختار (القالب «مشترك»" in err and "أوقف القالب" in err
    assert "أنشئت المسودة بالقالب المدمج" in err
    assert "فاس" in out  # the built-in template wrote the release
