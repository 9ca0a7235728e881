"""`python -m intake_app`: the GUI, or a headless subcommand."""

import sys

from intake_app.cli import main

sys.exit(main())
