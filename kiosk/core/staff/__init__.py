"""Staff accounts, their PINs, the signed-in session and the audit log."""
