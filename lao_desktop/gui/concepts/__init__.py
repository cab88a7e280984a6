"""What each concept's screen shows: its columns, filters, special lists and sub-records.

A screen is described here as data; ``gui.list_page`` draws any of them.
"""
