"""balagh.gui.widgets — reusable widgets: right-to-left text, figure fields, lists, PDF preview,
scrolling tabs, the export notice."""
