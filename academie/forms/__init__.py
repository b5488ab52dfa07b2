"""Forms of the academy. They check input (and, for the public masterclass form, the spam
signals); the rules live in academie.services."""
