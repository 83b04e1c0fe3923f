"""balagh.gui.summary — the summary tab: summary sheets, the all-editions report, cards."""
