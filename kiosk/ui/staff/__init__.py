"""Staff mode: sign-in, the queue, the audit log, and the slide and settings editors."""
