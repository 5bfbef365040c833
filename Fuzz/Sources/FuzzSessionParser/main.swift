import FuzzSupport

FuzzDriver.run { fuzzSessionParser($0, $1) }
