"""balagh.gui.dialogs — the window's stand-alone dialogs: about, settings, guide, backups,
an edition's history, the trash."""
