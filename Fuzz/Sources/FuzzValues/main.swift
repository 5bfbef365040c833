import FuzzSupport

FuzzDriver.run { fuzzValues($0, $1) }
