"""balagh.documents — the office's documents from the recorded figures.

Import each name from the module that holds it (the package itself exports nothing, so
``import balagh.documents`` loads neither Jinja2 nor reportlab).

Press releases (``balagh.documents.release``)::

    release.draft:        draft_release(edition, all_editions, catalogue, settings, *,
                              template_body=None, kind=ReleaseKind.CLOSING,
                              release_date=None) -> Release
                          builtin_template(kind) -> str   (the text a user copy starts from)
                          correction_draft(issued) -> Release  (supersedes an issued release)
    release.consistency:  check_release(release, edition, catalogue) -> list[Discrepancy]
    release.pdf:          render_release_pdf(release, settings) -> bytes
    release.verify:       verify_pdf(data, releases) -> Release | None
    release.templating:   TemplateError

Summary sheets (``balagh.documents.summary``)::

    summary.pdf:      render_summary_pdf(edition, all_editions, catalogue, settings, *,
                          french_labels=False) -> bytes
    summary.all_pdf:  render_all_editions_pdf(all_editions, catalogue, settings, *,
                          french_labels=False, selection=None) -> bytes
    summary.xlsx:     summary_xlsx(edition, all_editions, catalogue, settings) -> bytes
                      all_editions_xlsx(all_editions, catalogue, settings, *, history=())

Social-media cards (``balagh.documents.summary.card``; the workflow is
``balagh.app.cards.make_card``)::

    edition_card(edition, all_editions, catalogue) / day_card(edition, day) -> CardContent
    render_card_pdf(content, (1080, 1080), settings) -> bytes;  card_png(pdf) -> bytes
"""
