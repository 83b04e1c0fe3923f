"""balagh.documents.summary — summary sheets: one edition's sheet, the all-editions report,
social-media cards, as PDF and XLSX."""
