"""The compiled part of the package: the DOM walk, built with Cython against lxml's C API.

The rest of the build is declared in pyproject.toml.
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [Extension("cleaner.segment._render", ["cleaner/segment/_render.pyx"], include_dirs=lxml.get_include())],
        compiler_directives={"language_level": 3},
    )
)
