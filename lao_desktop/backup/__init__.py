"""Backup to a USB stick or a folder, verify and restore."""
