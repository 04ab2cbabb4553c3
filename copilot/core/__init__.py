"""The core: pure Python, no Qt, no sockets, no files; everything the product decides."""
