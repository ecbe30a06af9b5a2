"""What a walk-in patient enters, its checks and steps, and the check-ins for the front desk."""
