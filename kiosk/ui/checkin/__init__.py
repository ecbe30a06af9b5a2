"""The patient's check-in screens."""
