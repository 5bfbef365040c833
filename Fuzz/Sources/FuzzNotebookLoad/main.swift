import FuzzSupport

FuzzDriver.run { fuzzNotebookLoad($0, $1) }
