"""The application layer: the workflows the command line and the window share.

Each module holds one use case (opening a database, issuing, backups…); ``balagh.cli`` and
``balagh.gui`` call them and only present the result. Nothing here imports Qt.
"""
