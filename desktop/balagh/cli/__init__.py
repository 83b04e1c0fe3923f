"""balagh.cli — the ``balagh`` command line: ``main`` parses and dispatches, one module per
topic adds its subcommands (``editions``, ``release``, ``summary``, ``record``, ``backup``)."""
