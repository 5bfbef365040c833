// Double vs Foundation Decimal for Tape's scalar quantities, and Tape end to end.
// Run: cd Benchmarks && swift package benchmark --target NumberRepresentation
// Written up in docs/number-representation.md.
import Benchmark
import Foundation
import NumberKernels
import TapeCore

/// The displays of every outcome, so the work cannot be optimised away; errors count as -1000.
func displayedLength(_ outcomes: [Outcome]) -> Int {
  var total = 0
  for outcome in outcomes {
    switch outcome {
    case .value(let value, _): total += value.display.utf8.count
    case .binding(_, let value, _): total += value.display.utf8.count
    case .declaration(let text, _), .report(let text, _): total += text.utf8.count
    case .error: total -= 1000
    }
  }
  return total
}

let benchmarks: @Sendable () -> Void = {
  // Per operation: 1,000 inputs per iteration, results scaled to one.
  let perOperation = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .nanoseconds,
    warmupIterations: 10,
    scalingFactor: .kilo,
    maxDuration: .seconds(2),
    maxIterations: 10_000
  )
  // Per 1,000-step chain.
  let perChain = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .nanoseconds,
    warmupIterations: 5,
    scalingFactor: .one,
    maxDuration: .seconds(3),
    maxIterations: 10_000
  )
  // Per 1,000-line script.
  let perRun = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal],
    timeUnits: .microseconds,
    warmupIterations: 5,
    scalingFactor: .one,
    maxDuration: .seconds(3),
    maxIterations: 10_000
  )

  let pairs = Inputs.pairs
  let doubles = pairs.map { (Double($0.0)!, Double($0.1)!) }
  let decimals = pairs.map { (Decimal(string: $0.0)!, Decimal(string: $0.1)!) }
  let doubleResults = doubles.map { Kernels.combine($0.0, $0.1) }
  let decimalResults = decimals.map { Kernels.combine($0.0, $0.1) }

  // MARK: (1) A typical analyst line.

  Benchmark("Line: Double parse 2 + - * / show 15 digits", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.lineDouble(pairs[i].0, pairs[i].1)) }
  }
  Benchmark("Line: Decimal parse 2 + - * / show 15 digits", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.lineDecimal(pairs[i].0, pairs[i].1)) }
  }
  Benchmark("Line: Double snapped + - parse 2 + - * / show 15 digits", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.lineDoubleSnapped(pairs[i].0, pairs[i].1)) }
  }
  Benchmark("Line: Double parse 2 + - * / show cents", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.lineDoubleCents(pairs[i].0, pairs[i].1)) }
  }
  Benchmark("Line: Decimal parse 2 + - * / show cents", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.lineDecimalCents(pairs[i].0, pairs[i].1)) }
  }

  // The same line taken apart.
  Benchmark("Part: Double parse 2 literals", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole((Double(pairs[i].0)!, Double(pairs[i].1)!)) }
  }
  Benchmark("Part: Decimal parse 2 literals", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole((Decimal(string: pairs[i].0)!, Decimal(string: pairs[i].1)!)) }
  }
  Benchmark("Part: Double (a - b) / b * (a + b)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.combine(doubles[i].0, doubles[i].1)) }
  }
  Benchmark("Part: Double snapped (a - b) / b * (a + b)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.combineSnapped(doubles[i].0, doubles[i].1)) }
  }
  Benchmark("Part: Decimal (a - b) / b * (a + b)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(Kernels.combine(decimals[i].0, decimals[i].1)) }
  }
  Benchmark("Part: Double show 15 digits", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(DoubleText.significant(doubleResults[i])) }
  }
  Benchmark("Part: Decimal show 15 digits (NSDecimalRound)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(DecimalText.significant(decimalResults[i])) }
  }
  Benchmark("Part: Decimal description (all 38 digits)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations { blackHole(decimalResults[i].description) }
  }
  Benchmark("Part: Decimal FormatStyle 15 significant", configuration: perOperation) { benchmark in
    let style = Decimal.FormatStyle.number.precision(.significantDigits(1...15))
    for i in benchmark.scaledIterations { blackHole(decimalResults[i].formatted(style)) }
  }

  // MARK: (2) Compounding: 1,000 alternate multiplies and divides.

  let factorsDouble = Inputs.factors.map { Double($0)! }
  let factorsDecimal = Inputs.factors.map { Decimal(string: $0)! }
  Benchmark("Compound: Double 1,000 * and /", configuration: perChain) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(Kernels.compound(identity(10_000.0), factorsDouble)) }
  }
  Benchmark("Compound: Decimal 1,000 * and /", configuration: perChain) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(Kernels.compound(identity(Decimal(10_000)), factorsDecimal)) }
  }

  // MARK: (3) CAGR: (end / start)^(1 / years) - 1.

  let growthDouble = Inputs.growth.map { (Double($0.start)!, Double($0.end)!, Double($0.years)) }
  let growthDecimal = Inputs.growth.map { (Decimal(string: $0.start)!, Decimal(string: $0.end)!, $0.years) }
  Benchmark("CAGR: Double pow", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations {
      let (start, end, years) = growthDouble[i]
      blackHole(Kernels.cagr(end: end, start: start, years: years))
    }
  }
  Benchmark("CAGR: Decimal through Double pow", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations {
      let (start, end, years) = growthDecimal[i]
      blackHole(Kernels.cagrViaDouble(end: end, start: start, years: years))
    }
  }
  Benchmark("CAGR: Decimal Newton n-th root (whole years)", configuration: perOperation) { benchmark in
    for i in benchmark.scaledIterations {
      let (start, end, years) = growthDecimal[i]
      blackHole(Kernels.cagrNewton(end: end, start: start, years: years))
    }
  }

  // MARK: (4) Tape end to end: Interpreter.run of a 1,000-line script, every result displayed.

  let literalScript = Inputs.literalScript(lines: 1000)
  let variableScript = Inputs.variableScript(lines: 1000)
  Benchmark("Tape: 1,000 literal lines", configuration: perRun) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = Interpreter()
      blackHole(displayedLength(interpreter.run(literalScript)))
    }
  }
  Benchmark("Tape: 1,000 lines with variables", configuration: perRun) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = Interpreter()
      blackHole(displayedLength(interpreter.run(variableScript)))
    }
  }
}
