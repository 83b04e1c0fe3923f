"""balagh.gui.window — the main window that assembles the features: start-up, menus, the
window's state, the crash log and the page shown when the database cannot be opened."""
