import FuzzSupport

FuzzDriver.run { fuzzInterpreter($0, $1) }
