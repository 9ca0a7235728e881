"""The Home page: what to do next, for a field laptop or headquarters."""
