"""Official Thai documents and reports, drawn with ReportLab (no Qt here)."""
