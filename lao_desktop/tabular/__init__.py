"""Spreadsheets in and out: the office's Excel and CSV lists imported through the services,
any list or the whole database exported as .xlsx or .csv."""
