"""One module per ``displacement-bot`` subcommand."""
