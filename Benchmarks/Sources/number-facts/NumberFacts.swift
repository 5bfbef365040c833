// The exactness facts behind docs/number-representation.md: what Double shows after Tape's display
// rounding, and where Decimal would differ. Run: cd Benchmarks && swift run -c release number-facts
import Foundation
import NumberKernels
import TapeCore

@main
struct NumberFacts {
  static func main() {
    tapeLines()
    repeatedTenth()
    literalRoundTrip()
    centsByMagnitude()
    centsArithmetic()
    cancellation()
    halfCents()
    compounding()
    growth()
    decimalOddities()
    benchmarkScripts()
    timingCrossCheck()
  }

  static func section(_ title: String) { print("\n## \(title)") }

  static func seconds(_ duration: Duration) -> String {
    let (s, attos) = duration.components
    return String(format: "%.3f s", Double(s) + Double(attos) / 1e18)
  }

  /// Lines through the real TapeCore interpreter, with their display.
  static func tapeLines() {
    section("Tape displays (TapeCore Interpreter)")
    let lines = [
      "142.62 - 118.42", "0.1 + 0.2", "1/3*3", "1.15 * 100", "1e15 + 0.01", "2^53 + 1",
      "$1.005", "$2.675", "$1.345", "$0.125",
      "$70000000000000.01 in full", "$100000000000000.01 in full",
      "590.41 - 492.47", "$590.41 - $492.47", "142.62 - 142.61", "(1000000.07 - 1000000) * 100",
      "(140892.25 - 9326) / 98.5 * 1.07",
    ]
    for line in lines {
      var interpreter = Interpreter()
      for outcome in interpreter.run(line) {
        switch outcome {
        case .value(let value, _): print("\(line)  ->  \(value.display)")
        case .error(let diagnostic): print("\(line)  ->  error: \(interpreter.rendered(diagnostic).split(separator: "\n").first ?? "")")
        default: print("\(line)  ->  \(outcome)")
        }
      }
    }
    print("Double 142.62 - 118.42 raw description: \((142.62 - 118.42).description)")
  }

  /// 0.1 added ten million times.
  static func repeatedTenth() {
    section("0.1 summed 10,000,000 times")
    let clock = ContinuousClock()
    var double = 0.0
    let doubleTime = clock.measure { for _ in 0..<10_000_000 { double += identity(0.1) } }
    let tenth = Decimal(string: "0.1")!
    var decimal = Decimal(0)
    let decimalTime = clock.measure { for _ in 0..<10_000_000 { decimal += identity(tenth) } }
    print("Double: \(double.description)  shown (15 digits): \(DoubleText.significant(double))  time \(seconds(doubleTime))")
    print("Decimal: \(decimal.description)  shown (15 digits): \(DecimalText.significant(decimal))  time \(seconds(decimalTime))")
    // The same sum in cents, the way a ledger would hold it.
    var cents: Int64 = 0
    for _ in 0..<10_000_000 { cents += identity(10) }
    print("Int64 cents: \(Inputs.amount(cents: cents))")
    // Kahan summation keeps Double's error at one rounding.
    var sum = 0.0
    var carry = 0.0
    for _ in 0..<10_000_000 {
      let y = identity(0.1) - carry
      let t = sum + y
      carry = (t - sum) - y
      sum = t
    }
    print("Double with Kahan summation: \(sum.description)  shown: \(DoubleText.significant(sum))")
    var snapped = 0.0
    let snappedTime = clock.measure { for _ in 0..<10_000_000 { snapped = Kernels.add(snapped, identity(0.1)) } }
    print("Double with each + snapped to the larger operand's 15th digit: \(snapped.description)  shown: \(DoubleText.significant(snapped))  time \(seconds(snappedTime))")
  }

  /// Decimal literals of k significant digits: does Double show them back exactly (15-digit rounding)?
  static func literalRoundTrip() {
    section("Decimal literals read into Double and shown with 15 significant digits")
    var random = SplitMix64(seed: 1)
    let samples = 200_000
    for k in [1, 2, 5, 10, 12, 13, 14, 15, 16, 17] {
      var wrong = 0
      var example = ""
      for _ in 0..<samples {
        var digits = String(Int.random(in: 1...9, using: &random))
        for _ in 1..<k { digits.append(String(Int.random(in: 0...9, using: &random))) }
        // Place the point so that values run from about 1e-6 to 1e15.
        let integerDigits = Int.random(in: -5...15, using: &random)
        let text: String
        if integerDigits <= 0 {
          text = "0." + String(repeating: "0", count: -integerDigits) + digits
        } else if integerDigits >= k {
          text = digits + String(repeating: "0", count: integerDigits - k)
        } else {
          let cut = digits.index(digits.startIndex, offsetBy: integerDigits)
          text = digits[..<cut] + "." + digits[cut...]
        }
        let shown = DoubleText.significant(Double(text)!)
        if Decimal(string: shown) != Decimal(string: text) {
          wrong += 1
          if example.isEmpty { example = "\(text) shows as \(shown)" }
        }
      }
      print("\(k) significant digits: \(wrong) of \(samples) shown differently\(example.isEmpty ? "" : " (e.g. \(example))")")
    }
  }

  /// Amounts with cents, read and shown as money (`fixed`, 2 decimals) and as a plain number (15 digits).
  static func centsByMagnitude() {
    section("Amounts with cents read into Double, by magnitude")
    var random = SplitMix64(seed: 2)
    let samples = 200_000
    var low: Int64 = 100_000_000  // $1,000,000.00 in cents
    for _ in 0..<10 {
      var wrongFixed = 0
      var wrongSignificant = 0
      var example = ""
      for _ in 0..<samples {
        let cents = Int64.random(in: low..<(low * 10), using: &random)
        let text = Inputs.amount(cents: cents)
        let value = Double(text)!
        let fixed = DoubleText.fixed(value, decimals: 2)
        if fixed != text {
          wrongFixed += 1
          if example.isEmpty { example = "\(text) shows as \(fixed)" }
        }
        if Decimal(string: DoubleText.significant(value)) != Decimal(string: text) { wrongSignificant += 1 }
      }
      let from = Inputs.amount(cents: low)
      print("[\(from), \(Inputs.amount(cents: low * 10))): cents shown wrong \(wrongFixed), 15-digit text wrong \(wrongSignificant) of \(samples)\(example.isEmpty ? "" : " (e.g. \(example))")")
      low *= 10
    }
  }

  /// Adding and subtracting amounts with cents, then a column of 1,000 of them.
  static func centsArithmetic() {
    section("Arithmetic on amounts with cents: Double shown as cents vs the exact result")
    var random = SplitMix64(seed: 3)
    let samples = 200_000
    for maxCents: Int64 in [100_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000] {
      var wrong = 0
      for _ in 0..<samples {
        let a = Int64.random(in: -maxCents...maxCents, using: &random)
        let b = Int64.random(in: -maxCents...maxCents, using: &random)
        let sum = Double(Inputs.amount(cents: a))! + Double(Inputs.amount(cents: b))!
        if DoubleText.fixed(sum, decimals: 2) != Inputs.amount(cents: a + b) { wrong += 1 }
      }
      print("a + b with |a|, |b| up to \(Inputs.amount(cents: maxCents)): \(wrong) of \(samples) wrong in cents")
    }
    for maxCents: Int64 in [10_000_000, 1_000_000_000, 100_000_000_000] {
      var wrongColumns = 0
      var worst = 0.0
      let columns = 2_000
      for _ in 0..<columns {
        var exact: Int64 = 0
        var double = 0.0
        for _ in 0..<1000 {
          let cents = Int64.random(in: -maxCents...maxCents, using: &random)
          exact += cents
          double += Double(Inputs.amount(cents: cents))!
        }
        if DoubleText.fixed(double, decimals: 2) != Inputs.amount(cents: exact) { wrongColumns += 1 }
        worst = max(worst, abs(double * 100 - Double(exact)) / 100)
      }
      print("columns of 1,000 amounts up to \(Inputs.amount(cents: maxCents)): \(wrongColumns) of \(columns) totals wrong in cents; largest error \(worst)")
    }
  }

  /// Plain numbers (15-digit display) from adding and subtracting amounts with cents: close
  /// values cancel, and the binary error of the operands becomes visible in the result.
  static func cancellation() {
    section("Sums and differences of amounts with cents, shown with 15 significant digits")
    var random = SplitMix64(seed: 5)
    let samples = 200_000
    func check(_ label: String, _ pair: (inout SplitMix64) -> (Int64, Int64)) {
      var wrong = 0
      var wrongSnapped = 0
      var example = ""
      for _ in 0..<samples {
        let (a, b) = pair(&random)
        let x = Double(Inputs.amount(cents: a))!
        let y = Double(Inputs.amount(cents: b))!
        let exact = Decimal(string: Inputs.amount(cents: a - b))!
        let shown = DoubleText.significant(x - y)
        if Decimal(string: shown) != exact {
          wrong += 1
          if example.isEmpty { example = "\(Inputs.amount(cents: a)) - \(Inputs.amount(cents: b)) shows \(shown)" }
        }
        if Decimal(string: DoubleText.significant(Kernels.subtract(x, y))) != exact { wrongSnapped += 1 }
      }
      print("\(label): \(wrong) of \(samples) shown wrong\(example.isEmpty ? "" : " (e.g. \(example))"); snapped to the larger operand's 15th digit: \(wrongSnapped) wrong")
    }
    for maxCents: Int64 in [100_000, 100_000_000, 100_000_000_000] {
      check("a - b, both random up to \(Inputs.amount(cents: maxCents))") { random in
        (Int64.random(in: -maxCents...maxCents, using: &random), Int64.random(in: -maxCents...maxCents, using: &random))
      }
    }
    for maxCents: Int64 in [100_000, 100_000_000, 100_000_000_000] {
      check("a - b, a up to \(Inputs.amount(cents: maxCents)), b within $100.00 of a") { random in
        let a = Int64.random(in: 1...maxCents, using: &random)
        return (a, a - Int64.random(in: -10_000...10_000, using: &random))
      }
    }
    let examples: [(String, Double, Double)] = [
      ("590.41 - 492.47", 590.41 - 492.47, Kernels.subtract(590.41, 492.47)),
      ("142.62 - 142.61", 142.62 - 142.61, Kernels.subtract(142.62, 142.61)),
      ("(1000000.07 - 1000000) * 100", (1000000.07 - 1000000) * 100, Kernels.subtract(1000000.07, 1000000) * 100),
    ]
    for (text, plain, snapped) in examples {
      print("\(text): plain \(DoubleText.significant(plain)), snapped \(DoubleText.significant(snapped))")
    }
    // What the snapping costs in precision: a legitimately tiny difference of long computed values.
    let third = 1.0 / 3.0
    print("1/3 - 0.333333333333333: plain \(DoubleText.significant(third - 0.333333333333333)), snapped \(DoubleText.significant(Kernels.subtract(third, 0.333333333333333)))")
  }

  /// Where the exact result is half a cent: Double's stored value may sit just below it.
  static func halfCents() {
    section("Half-cent ties rounded to cents")
    var random = SplitMix64(seed: 4)
    let samples = 200_000
    var wrongTape = 0
    var wrongFixedAfter = 0
    var example = ""
    for _ in 0..<samples {
      let mills = Int64.random(in: 0..<100_000_000, using: &random) * 10 + 5  // x.xx5, under $1,000,000
      let text = "\(mills / 1000).\(String(repeating: "0", count: 3 - String(mills % 1000).count))\(mills % 1000)"
      let exact = DecimalText.fixed(Decimal(string: text)!, decimals: 2)
      let value = Double(text)!
      if DoubleText.fixed(value, decimals: 2) != exact {
        wrongTape += 1
        if example.isEmpty { example = "\(text) shows as \(DoubleText.fixed(value, decimals: 2)), exact \(exact)" }
      }
      if DoubleText.fixedDecimalTies(value, decimals: 2) != exact { wrongFixedAfter += 1 }
    }
    print("literals x.xx5 under $1,000,000: Tape's fixed rounds \(wrongTape) of \(samples) down (e.g. \(example)); rounding to 15 digits first: \(wrongFixedAfter) wrong")

    // A price with cents times a rate with four decimals, rounded to cents.
    var wrongProduct = 0
    var wrongProductAfter = 0
    var ties = 0
    for _ in 0..<samples {
      let price = Inputs.amount(cents: Int64.random(in: 1...100_000_00, using: &random))
      let rate = "0.\(String(Int.random(in: 1...9999, using: &random)).leftPadded(to: 4))"
      let exactProduct = Decimal(string: price)! * Decimal(string: rate)!
      let exact = DecimalText.fixed(exactProduct, decimals: 2)
      // A tie when what follows the cents is exactly half a cent.
      var scaled = exactProduct.magnitude * 100
      var whole = Decimal()
      NSDecimalRound(&whole, &scaled, 0, .down)
      if scaled - whole == Decimal(string: "0.5")! { ties += 1 }
      let product = Double(price)! * Double(rate)!
      if DoubleText.fixed(product, decimals: 2) != exact { wrongProduct += 1 }
      if DoubleText.fixedDecimalTies(product, decimals: 2) != exact { wrongProductAfter += 1 }
    }
    print("price (cents, under $100,000) * rate (4 decimals) to cents: \(ties) exact half-cent ties in \(samples); Tape's fixed wrong \(wrongProduct), rounding to 15 digits first wrong \(wrongProductAfter)")
  }

  /// A Double's value as a Decimal, through its shortest round-trip text (`Decimal(Double)` and
  /// `NSDecimalNumber.doubleValue` are themselves approximate).
  static func decimal(_ value: Double) -> Decimal { Decimal(string: value.description)! }

  static func compounding() {
    section("Compounding: 1,000 alternate * and / by factors 0.9500-1.1500")
    let double = Kernels.compound(10_000, Inputs.factors.map { Double($0)! })
    let decimal = Kernels.compound(Decimal(10_000), Inputs.factors.map { Decimal(string: $0)! })
    print("Double: \(double.description) shown \(DoubleText.significant(double))")
    print("Decimal: \(decimal.description) shown \(DecimalText.significant(decimal))")
    print("relative difference: \(((self.decimal(double) - decimal) / decimal).magnitude)")
  }

  static func growth() {
    section("CAGR over the 1,000 benchmark inputs (reference: Decimal Newton root to 1e-30)")
    var worstDouble = Decimal(0)
    var worstVia = Decimal(0)
    var worstViaExample = ""
    var steps = 0
    var maxSteps = 0
    var differentShown = 0
    for (start, end, years) in Inputs.growth {
      let exact = Kernels.nthRoot(Decimal(string: end)! / Decimal(string: start)!, years)
      steps += exact.steps
      maxSteps = max(maxSteps, exact.steps)
      let reference = exact.root - 1
      let double = Kernels.cagr(end: Double(end)!, start: Double(start)!, years: Double(years))
      let via = Kernels.cagrViaDouble(end: Decimal(string: end)!, start: Decimal(string: start)!, years: years)
      // Differences of the growth factor (1 + rate) relative to it; the same as absolute differences of the rate.
      worstDouble = max(worstDouble, ((decimal(double) - reference) / exact.root).magnitude)
      let viaDifference = ((via - reference) / exact.root).magnitude
      if viaDifference > worstVia {
        worstVia = viaDifference
        worstViaExample = "start \(start), end \(end), \(years) years: through Double \(via), Newton \(reference)"
      }
      if DoubleText.fixed(double * 100, decimals: 2) != DecimalText.fixed(reference * 100, decimals: 2) { differentShown += 1 }
    }
    print("Newton steps: mean \(Double(steps) / 1000), max \(maxSteps)")
    print("largest difference of (1 + rate), relative: Double pow \(DecimalText.significant(worstDouble, digits: 3)); Decimal through Double pow \(DecimalText.significant(worstVia, digits: 3))")
    print("  worst through Double: \(worstViaExample)")
    print("rate shown as a percentage with 2 decimals: \(differentShown) of 1000 differ between Double pow and Decimal Newton")
    let sample = Inputs.growth[0]
    print("e.g. start \(sample.start), end \(sample.end), \(sample.years) years: Double \(Kernels.cagr(end: Double(sample.end)!, start: Double(sample.start)!, years: Double(sample.years))), Decimal Newton \(Kernels.cagrNewton(end: Decimal(string: sample.end)!, start: Decimal(string: sample.start)!, years: sample.years))")
  }

  static func decimalOddities() {
    section("Decimal's own limits")
    let third = Decimal(1) / Decimal(3)
    print("Decimal 1/3*3 = \(third * 3), shown (15 digits) \(DecimalText.significant(third * 3)); equal to 1: \(third * 3 == 1)")
    print("Double 1/3*3 = \((1.0 / 3.0 * 3.0).description); equal to 1: \(1.0 / 3.0 * 3.0 == 1)")
    let two = Decimal(2)
    let sqrtTwo = Decimal(2.0.squareRoot())
    print("Decimal(2.0.squareRoot()) = \(sqrtTwo) (the Double is \(2.0.squareRoot().description)); squared minus 2 = \(sqrtTwo * sqrtTwo - two)")
    print("Decimal.greatestFiniteMagnitude = \(Decimal.greatestFiniteMagnitude)")
    print("Double.greatestFiniteMagnitude = \(Double.greatestFiniteMagnitude)")
    print("Decimal(0.1 as Double) = \(Decimal(0.1)); Decimal(string: \"0.1\") = \(Decimal(string: "0.1")!)")
    print("MemoryLayout<Decimal>.size = \(MemoryLayout<Decimal>.size), MemoryLayout<Double>.size = \(MemoryLayout<Double>.size)")
  }

  /// The scripts the Tape benchmarks run: no errors, and what they show.
  static func benchmarkScripts() {
    section("The Tape benchmark scripts")
    for (name, script) in [("literal", Inputs.literalScript(lines: 1000)), ("variables", Inputs.variableScript(lines: 1000))] {
      var interpreter = Interpreter()
      let outcomes = interpreter.run(script)
      var errors = 0
      var shown: [String] = []
      for outcome in outcomes {
        switch outcome {
        case .value(let value, _): if shown.count < 2 { shown.append(value.display) }
        case .error: errors += 1
        default: break
        }
      }
      let firstLines = script.split(separator: "\n").prefix(4).joined(separator: " | ")
      print("\(name): \(outcomes.count) outcomes, \(errors) errors; first lines: \(firstLines); first values: \(shown.joined(separator: ", "))")
    }
  }
}

extension NumberFacts {
  /// The line benchmarks again with a plain clock, outside the benchmark harness and its malloc
  /// interposer: a check that Decimal's cost is its own.
  static func timingCrossCheck() {
    section("Cross-check without the benchmark harness (ContinuousClock, 100 x 1,000 lines, best of 5)")
    let pairs = Inputs.pairs
    let decimals = pairs.map { (Decimal(string: $0.0)!, Decimal(string: $0.1)!) }
    let results = decimals.map { Kernels.combine($0.0, $0.1) }
    func perLine(_ body: () -> Int) -> String {
      let clock = ContinuousClock()
      var best = Duration.seconds(1000)
      var sink = 0
      for _ in 0..<5 {
        let elapsed = clock.measure { for _ in 0..<100 { sink &+= body() } }
        best = min(best, elapsed)
      }
      let (seconds, attoseconds) = best.components
      let nanoseconds = (Double(seconds) * 1e9 + Double(attoseconds) / 1e9) / 100_000
      return String(format: "%.0f ns a line", nanoseconds) + (sink == 42 ? " " : "")
    }
    print("Double line, 15 digits: " + perLine { pairs.reduce(0) { $0 &+ Kernels.lineDouble($1.0, $1.1).utf8.count } })
    print("Decimal line, 15 digits: " + perLine { pairs.reduce(0) { $0 &+ Kernels.lineDecimal($1.0, $1.1).utf8.count } })
    print("Decimal (a - b) / b * (a + b): " + perLine { decimals.reduce(0) { $0 &+ Kernels.combine($1.0, $1.1).exponent } })
    print("Decimal description: " + perLine { results.reduce(0) { $0 &+ $1.description.utf8.count } })
  }
}

extension String {
  func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Hides a constant from the optimiser, so a loop of additions is not folded away.
@inline(never)
func identity<T>(_ value: T) -> T { value }
