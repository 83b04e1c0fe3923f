"""balagh.gui.edition — the edition form, the editions list, and their import/export."""
