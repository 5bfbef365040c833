import FuzzSupport

FuzzDriver.run { fuzzPipe($0, $1) }
