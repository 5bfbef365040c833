// Tape's own stages, one at a time: loading the stdlib, lexing and parsing, scalar evaluation, user-function calls,
// series arithmetic and reductions, CSV load, rendering a table and a chart.
// Run: cd Benchmarks && swift package benchmark --target Stages
// Written up in docs/performance.md (the whole-program comparisons are scripts/bench-peers.sh).
import Benchmark
import Foundation
import TapeCore
import TapeLibrary

/// The displays of every outcome, so the work cannot be optimised away; errors count as -1000.
func shownLength(_ outcomes: [Outcome]) -> Int {
  var total = 0
  for outcome in outcomes {
    if case .error = outcome { total -= 1000 } else { total += OutcomeText.result(outcome)?.utf8.count ?? 0 }
  }
  return total
}

/// Deterministic inputs (SplitMix64), the same on every run.
struct Figures {
  var state: UInt64 = 0x5EED
  mutating func next() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
  }
  /// An amount with cents between `low` and `high`.
  mutating func amount(_ low: Double, _ high: Double) -> String {
    String(format: "%.2f", low + next() * (high - low))
  }
}

/// 1,000 lines as in scripts/bench-peers.sh: two bindings, then two expressions on them.
func scalarScript(lines: Int) -> String {
  var figures = Figures()
  var text = ""
  for line in 0..<lines {
    switch line % 4 {
    case 0:
      text += "v1 = (\(figures.amount(10_000, 1_000_000)) - \(figures.amount(1000, 10_000))) / \(figures.amount(10, 1000)) * 1.07\n"
    case 1: text += "v2 = v1 * 1.07 - \(figures.amount(0, 500))\n"
    case 2: text += "(v1 + v2) / 2\n"
    default: text += "v2 / v1 * 100\n"
    }
  }
  return text
}

/// A series of `count` points, one a day from 1970-01-01, a random walk from $100/share.
func walk(count: Int) -> Series {
  var figures = Figures()
  var values = ContiguousArray<Double>()
  values.reserveCapacity(count)
  var price = 100.0
  for _ in 0..<count {
    price *= 1 + (figures.next() - 0.5) / 50
    values.append((price * 100).rounded() / 100)
  }
  return Series(name: "walk", days: ContiguousArray((0..<count).map { Int32($0) }), values: values, unit: .none)
}

/// A CSV price file of `rows` rows (date, close, volume) in a temporary folder.
func priceFile(rows: Int) -> String {
  var figures = Figures()
  var text = "date,close (USD/share),volume (shares)\n"
  let start = 25_000  // 2038-06-13, so every row is a real date
  for row in 0..<rows {
    text += "\(TapeDate(daysSinceEpoch: start - rows + row).iso),\(figures.amount(50, 150)),\(Int(figures.next() * 1e8))\n"
  }
  let path = NSTemporaryDirectory() + "tape-bench-\(rows).csv"
  FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  return path
}

let benchmarks: @Sendable () -> Void = {
  let perScript = Benchmark.Configuration(
    metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .microseconds,
    warmupIterations: 3,
    scalingFactor: .one,
    maxDuration: .seconds(3),
    maxIterations: 1000
  )
  let large = Benchmark.Configuration(
    metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .microseconds,
    warmupIterations: 1,
    scalingFactor: .one,
    maxDuration: .seconds(5),
    maxIterations: 20
  )

  // MARK: Start-up: running the standard library written in Tape into a fresh session, which
  // every process does once (docs/stdlib.md, "Start-up cost").
  let stdlibFiles = StdlibLoader.embedded
  Benchmark("Start: load the stdlib (stdlib/*.tape)", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = Interpreter(natives: BuiltinRegistry.natives, datasets: DatasetRegistry.all)
      blackHole(StdlibLoader.load(stdlibFiles, into: &interpreter).count)
    }
  }

  // MARK: Lexing and parsing: 1,000 lines, no evaluation.
  let script = scalarScript(lines: 1000)
  Benchmark("Parse: 1,000 scalar lines (lex + parse)", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations {
      var parser = Parser(SourceFile(id: SourceID(0), name: "bench", text: script))
      var statements = 0
      while let statement = parser.nextStatement() {
        if case .success = statement { statements += 1 }
      }
      blackHole(statements)
    }
  }

  // MARK: Scalar evaluation: the same lines run (lex, parse, check, evaluate) and shown.
  Benchmark("Run: 1,000 scalar lines (lex to result)", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = Interpreter()
      blackHole(interpreter.run(script).count)
    }
  }
  Benchmark("Run and show: 1,000 scalar lines", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = Interpreter()
      blackHole(shownLength(interpreter.run(script)))
    }
  }

  // MARK: User-function calls: fib(20) is 21,891 calls.
  var withFib = Interpreter()
  _ = withFib.run("fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)")
  Benchmark("Call: fib(20), 21,891 user-function calls", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = withFib
      blackHole(shownLength(interpreter.run("fib(20)")))
    }
  }

  // MARK: Series: 1,000,000 points (8 MB of values), handed in by a native function.
  let points = walk(count: 1_000_000)
  let pointsNative = NativeFunction(name: "points", arity: 0...0, signature: "points()") { _, _ in .series(points) }
  var withSeries = Interpreter(natives: BuiltinRegistry.natives + [pointsNative])
  _ = withSeries.run("s = points()")
  for (name, line) in [
    ("Series: s * 1.07, 1M points", "len(s * 1.07)"),
    ("Series: s + s, 1M points", "len(s + s)"),
    ("Series: sum(s), 1M points", "sum(s)"),
    ("Series: sum(s * 1.07), 1M points", "sum(s * 1.07)"),
    ("Series: mean(s), 1M points", "mean(s)"),
    ("Series: max(s), 1M points", "max(s)"),
  ] {
    Benchmark(name, configuration: large) { benchmark in
      for _ in benchmark.scaledIterations {
        var interpreter = withSeries
        blackHole(shownLength(interpreter.run(line)))
      }
    }
  }

  // MARK: CSV load: 100,000 rows of date, close, volume.
  let csv = priceFile(rows: 100_000)
  let standard = Interpreter.standard()
  Benchmark("Load: CSV, 100,000 rows", configuration: large) { benchmark in
    for _ in benchmark.scaledIterations {
      var interpreter = standard
      blackHole(shownLength(interpreter.run("len(load(\"\(csv)\"))")))
    }
  }

  // MARK: Rendering: a 60-row table and a chart of it, from the built-in NVIDIA prices.
  var withPrices = standard
  _ = withPrices.run("table = nvda\nfigure = chart(nvda.close)")
  guard let table = withPrices.environment.value(of: "table"), let figure = withPrices.environment.value(of: "figure")
  else { fatalError("the built-in NVIDIA prices are missing") }
  Benchmark("Render: table of 60 rows (nvda)", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(table.display.utf8.count) }
  }
  Benchmark("Render: chart of 60 points, 80x16", configuration: perScript) { benchmark in
    for _ in benchmark.scaledIterations { blackHole(figure.display.utf8.count) }
  }
}
