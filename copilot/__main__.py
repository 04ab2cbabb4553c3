"""``python -m copilot`` runs the command line."""

import sys

from copilot.cli import main

sys.exit(main())
