"""`displacement-bot demo`: the real pipeline over bundled reports, with a console standing in for Telegram."""
