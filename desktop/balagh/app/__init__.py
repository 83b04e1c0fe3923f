"""The application layer: the workflows the command line and the window share.

Each module holds one use case (opening a database, issuing, backups…); ``balagh.cli`` and
``balagh.gui`` call them and only present the result. Nothing here imports Qt.

``issuing`` checks a stored draft and issues exactly the version checked; ``after_save``
says which issued releases disagree with figures just saved.
"""
