"""The kiosk as a service: its log files, the self-check at start, and systemd."""
