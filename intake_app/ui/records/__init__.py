"""Editors of cases, aid distributions and testimonies, their shared widgets and attachments."""
