"""The application layer: the workflows the command line and the window share.

Each module holds one use case (opening a database, issuing, backups, drafting a release of
any kind for a day, editing the phrasebook…); ``balagh.cli`` and ``balagh.gui`` call them
and only present the result. Nothing here imports Qt.

``issuing`` checks a stored draft and issues exactly the version checked; ``after_save``
says which issued releases disagree with figures just saved; ``release_drafting`` drafts a
closing, opening or daily release from the database; ``phrasebook_edit`` edits the
standing sentences.
"""
