"$KOBI" no-such-command
