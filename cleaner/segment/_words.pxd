# The line reader's table of words read lately, for the other compiled modules (see `_words.pyx`).

cdef object word_str(const unsigned char *text, Py_ssize_t length, long *function_words)
