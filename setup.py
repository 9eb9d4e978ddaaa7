"""The compiled parts of the package, built with Cython: the HTML renderer (against the libxml2 that lxml holds),
the line words, the combiner's passes over the votes, the UTF-8 encoder, the models' plain attribute reads, the
search for roots in class names and the heuristics' passes over every line.

The rest of the build is declared in pyproject.toml.
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [
            Extension("cleaner.segment._render", ["cleaner/segment/_render.pyx"], include_dirs=lxml.get_include()),
            Extension("cleaner.segment._words", ["cleaner/segment/_words.pyx"]),
            Extension("cleaner._votes", ["cleaner/_votes.pyx"]),
            Extension("cleaner._utf8", ["cleaner/_utf8.pyx"]),
            Extension("cleaner._type_slots", ["cleaner/_type_slots.pyx"]),
            Extension("cleaner.heuristics._roots", ["cleaner/heuristics/_roots.pyx"]),
            Extension("cleaner.heuristics._line_passes", ["cleaner/heuristics/_line_passes.pyx"]),
        ],
        compiler_directives={"language_level": 3},
    )
)
