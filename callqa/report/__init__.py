"""Static HTML reports: dashboard, script pages, operator pages, call pages, run log."""
