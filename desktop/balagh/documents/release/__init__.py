"""balagh.documents.release — press releases: drafting from templates and the phrasebook, the
consistency check before issuing, PDF/Word/text renderings, signatures and verification."""
