import FuzzSupport

FuzzDriver.run { fuzzCSVLoad($0, $1) }
