# cython: language_level=3
"""A class's attribute reads handed to CPython's generic lookup, compiled: Python cannot set a type's slots itself."""

from cpython.object cimport PyObject


cdef extern from "Python.h":
    ctypedef PyObject* (*getattrofunc)(PyObject*, PyObject*)

    ctypedef struct PyTypeObject:
        getattrofunc tp_getattro

    PyObject* PyObject_GenericGetAttr(PyObject*, PyObject*)
    void PyType_Modified(PyTypeObject*)


def read_attributes_generically(cls):
    """Make `cls`'s instances read their attributes with `object.__getattribute__` alone, its `__getattr__` unused.

    A class whose MRO defines `__getattr__` reads every attribute through a slot that looks up
    `__getattribute__` and `__getattr__` on the type, calls the first and, where it fails, the
    second; the interpreter cannot specialise such a read either. Set here to the generic lookup,
    the slot reads the instance's and the type's dictionaries at once. Only for a class whose
    `__getattr__` never finds what the generic lookup misses: the caller knows.
    """
    if not isinstance(cls, type):
        raise TypeError(f"expected a class, got {type(cls).__name__} {cls!r:.80}")
    (<PyTypeObject*>cls).tp_getattro = PyObject_GenericGetAttr
    # Attribute caches keyed on the type's version forget it.
    PyType_Modified(<PyTypeObject*>cls)
