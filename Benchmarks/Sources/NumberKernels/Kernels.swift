import Foundation

/// The work each benchmark times, written once for `Double` and once for `Decimal`.
public enum Kernels {
  // MARK: A typical analyst line: two literals from text, + - * /, the result for display.

  /// `(a - b) / b * (a + b)`: one of each operator.
  @inlinable
  public static func combine(_ a: Double, _ b: Double) -> Double { (a - b) / b * (a + b) }

  @inlinable
  public static func combine(_ a: Decimal, _ b: Decimal) -> Decimal { (a - b) / b * (a + b) }

  /// `a + b` or `a - b` rounded at the 15th significant digit of the larger operand: the digits
  /// below it are binary noise left by cancellation (142.62 - 142.61 = 0.00999999999999091 -> 0.01).
  /// Not in Tape; what a Double core would need so that its 15-digit display stays clean.
  @inlinable
  public static func snapped(_ result: Double, _ a: Double, _ b: Double) -> Double {
    let magnitude = max(abs(a), abs(b))
    guard magnitude != 0, result.isFinite, magnitude.isFinite else { return result }
    let decimals = 14 - Int(log10(magnitude).rounded(.down))
    if decimals > 0 && decimals <= 22 {
      let power = DoubleText.exp10(decimals)
      return (result * power).rounded() / power
    } else if decimals <= 0 && -decimals <= 22 {
      let power = DoubleText.exp10(-decimals)
      return (result / power).rounded() * power
    }
    return result
  }

  @inlinable
  public static func add(_ a: Double, _ b: Double) -> Double { snapped(a + b, a, b) }

  @inlinable
  public static func subtract(_ a: Double, _ b: Double) -> Double { snapped(a - b, a, b) }

  /// `combine` with `+` and `-` snapped.
  @inlinable
  public static func combineSnapped(_ a: Double, _ b: Double) -> Double { subtract(a, b) / b * add(a, b) }

  /// Parse, compute, show 15 significant digits (Tape's plain-number rule).
  @inlinable
  public static func lineDouble(_ a: String, _ b: String) -> String {
    DoubleText.significant(combine(Double(a)!, Double(b)!))
  }

  /// `lineDouble` with `+` and `-` snapped.
  @inlinable
  public static func lineDoubleSnapped(_ a: String, _ b: String) -> String {
    DoubleText.significant(combineSnapped(Double(a)!, Double(b)!))
  }

  /// Parse, compute, show cents (Tape's money rule, as `in full`).
  @inlinable
  public static func lineDoubleCents(_ a: String, _ b: String) -> String {
    DoubleText.fixed(combine(Double(a)!, Double(b)!), decimals: 2)
  }

  @inlinable
  public static func lineDecimal(_ a: String, _ b: String) -> String {
    DecimalText.significant(combine(Decimal(string: a)!, Decimal(string: b)!))
  }

  @inlinable
  public static func lineDecimalCents(_ a: String, _ b: String) -> String {
    DecimalText.fixed(combine(Decimal(string: a)!, Decimal(string: b)!), decimals: 2)
  }

  // MARK: Compounding: 1,000 alternate multiplies and divides.

  @inlinable
  public static func compound(_ start: Double, _ factors: [Double]) -> Double {
    var x = start
    for index in factors.indices {
      if index & 1 == 0 { x *= factors[index] } else { x /= factors[index] }
    }
    return x
  }

  @inlinable
  public static func compound(_ start: Decimal, _ factors: [Decimal]) -> Decimal {
    var x = start
    for index in factors.indices {
      if index & 1 == 0 { x *= factors[index] } else { x /= factors[index] }
    }
    return x
  }

  // MARK: CAGR: (end / start)^(1 / years) - 1.

  @inlinable
  public static func cagr(end: Double, start: Double, years: Double) -> Double {
    pow(end / start, 1 / years) - 1
  }

  /// Decimal has only `pow(Decimal, Int)`: a fractional power goes through Double and back,
  /// which gives Double's precision in a Decimal's clothes.
  @inlinable
  public static func cagrViaDouble(end: Decimal, start: Decimal, years: Int) -> Decimal {
    let ratio = DecimalText.double(end / start)
    return Decimal(pow(ratio, 1 / Double(years))) - 1
  }

  /// What a decimal-only CAGR takes for a whole number of years: the n-th root by Newton's method,
  /// y <- ((n-1) y + q / y^(n-1)) / n, to 30 decimals. Years that are not whole (3.5) would need
  /// ln and exp as series in Decimal, or a root of a power for rational years.
  @inlinable
  public static func cagrNewton(end: Decimal, start: Decimal, years: Int) -> Decimal {
    nthRoot(end / start, years).root - 1
  }

  @usableFromInline
  static let newtonTolerance = Decimal(sign: .plus, exponent: -30, significand: 1)

  /// The n-th root of `q` (q > 0) and the Newton steps taken.
  @inlinable
  public static func nthRoot(_ q: Decimal, _ n: Int) -> (root: Decimal, steps: Int) {
    guard n > 1 else { return (q, 0) }
    let count = Decimal(n)
    let previous = Decimal(n - 1)
    var y = 1 + (q - 1) / count
    for step in 1...200 {
      let next = (previous * y + q / pow(y, n - 1)) / count
      if (next - y).magnitude < newtonTolerance { return (next, step) }
      y = next
    }
    return (y, 200)
  }
}
