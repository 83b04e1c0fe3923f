"""Entry script of the frozen application: the same `balagh` command line as the installed one.

PyInstaller needs a script file; running ``desktop/balagh/__main__.py`` directly would put the
package folder itself on ``sys.path``, so this small script imports the package instead.
"""

import sys

from balagh.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
