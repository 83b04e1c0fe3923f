"""`python -m balagh` runs the command line."""

import sys

from balagh.cli.main import main

sys.exit(main())
