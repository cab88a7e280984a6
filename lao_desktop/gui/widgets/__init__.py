"""Input widgets for Thai data: B.E. dates, places, links to other records."""
