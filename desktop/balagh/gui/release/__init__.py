"""balagh.gui.release — the release tab, its templates and phrasebook dialogs, the archive."""
