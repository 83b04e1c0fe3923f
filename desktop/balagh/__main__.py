"""`python -m balagh` runs the command line."""

import sys

from balagh.cli import main

sys.exit(main())
