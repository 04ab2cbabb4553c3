"""One module per ``copilot`` subcommand: ``add_arguments(parser)`` and ``run(args)``."""
