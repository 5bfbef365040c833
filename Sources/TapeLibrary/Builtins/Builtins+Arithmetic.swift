#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TapeCore

extension Builtins {
  static let arithmetic: [Builtin] = [abs, sqrt, round, floor, ceil, ln, log10, exp]

  static let abs = Builtin(
    name: "abs", topic: .arithmetic, parameters: [.init("x", .quantity)], returns: .sameDimension(as: 0),
    resultNote: "in the unit of x", summary: "The magnitude of `x`, without its sign; the unit is kept.",
    examples: [.init("abs(-$24.20)", yields: "$24.20"), .init("abs(118.42 - 142.62)", yields: "24.2")],
    details: """
      Works on any number or quantity: money stays money, a percentage stays a percentage, \
      shares stay shares. Use it when only the size of a move matters, not its direction.
      """,
    seeAlso: ["round", "money"]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = Swift.abs(x.value)
    return .quantity(x)
  }

  static let sqrt = Builtin(
    name: "sqrt", topic: .arithmetic, parameters: [.init("x", .number, "not negative")], returns: .number,
    summary: "The square root of `x`.",
    examples: [.init("sqrt(2)", yields: "1.41421"), .init("sqrt(252) * 2%", yields: "31.75%")],
    details: """
      `x` must be a plain number (a ratio or a count), because the square root of a unit such as \
      `USD` is not a unit. Scaling a daily volatility to a year multiplies it by the square root \
      of the number of trading days, as in `sqrt(252) * 2%`.
      """,
    seeAlso: ["exp", "ln", "percent"]
  ) { arguments, call throws(EvalError) in
    let x = try quantity(arguments, 0, call)
    guard x.value >= 0 else {
      throw EvalError.outOfDomain(.nonNegativeForSquareRoot, at: call.argumentSpan(0))
    }
    return .quantity(Quantity(x.value.squareRoot(), format: x.format))
  }

  static let round = Builtin(
    name: "round", topic: .arithmetic, parameters: [.init("x", .quantity), .init("digits", .number, "a whole number from -15 to 15")],
    optionalCount: 1, returns: .sameDimension(as: 0), resultNote: "in the unit of x",
    summary: "`x` rounded half away from zero to `digits` decimals (default 0); the unit is kept.",
    examples: [
      .init("round(118.4251, 2)", yields: "118.43"), .init("round($142.62)", yields: "$143.00"),
      .init("round(-2.5)", yields: "-3"), .init("round(1234, -2)", yields: "1,200"),
      .init("round(16.97%, 2)", yields: "17.00%"),
    ],
    details: """
      Halves round away from zero, so `round(-2.5)` is -3. A negative `digits` rounds to tens, \
      hundreds and so on. A percentage is a ratio, so `digits` counts decimals of the ratio: \
      `round(16.97%, 2)` rounds 0.1697 to 0.17. Rounding changes the value; to change only how a \
      value is shown, use `in` (see `help in`).
      """,
    seeAlso: ["floor", "ceil", "in", "display"]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    let digits = arguments.count > 1 ? try plainNumber(arguments, 1, call) : 0
    guard digits == digits.rounded(), Swift.abs(digits) <= 15 else {
      throw EvalError.notAWholeNumber(.digits, at: call.argumentSpan(1))
    }
    let power = CMath.power(10, digits)
    // Round at the working precision first, so `round(1.005, 2)` is 1.01 as typed.
    x.value = DecimalRounding.significant(x.value * power).rounded(.toNearestOrAwayFromZero) / power
    return .quantity(x)
  }

  static let floor = Builtin(
    name: "floor", topic: .arithmetic, parameters: [.init("x", .quantity)], returns: .sameDimension(as: 0),
    resultNote: "in the unit of x",
    summary: "The largest whole number not above `x`; the unit is kept.",
    examples: [.init("floor(2.7)", yields: "2"), .init("floor(-2.5)", yields: "-3"), .init("floor($142.62)", yields: "$142.00")],
    details: """
      Rounds toward minus infinity, so a negative number moves away from zero: `floor(-2.5)` is -3. \
      The unit is kept: `floor($142.62)` drops the cents.
      """,
    seeAlso: ["ceil", "round"]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = x.value.rounded(.down)
    return .quantity(x)
  }

  static let ceil = Builtin(
    name: "ceil", topic: .arithmetic, parameters: [.init("x", .quantity)], returns: .sameDimension(as: 0),
    resultNote: "in the unit of x",
    summary: "The smallest whole number not below `x`; the unit is kept.",
    examples: [.init("ceil(2.1)", yields: "3"), .init("ceil(-2.5)", yields: "-2"), .init("ceil($118.42)", yields: "$119.00")],
    details: """
      Rounds toward plus infinity, so a negative number moves toward zero: `ceil(-2.5)` is -2. \
      The unit is kept: `ceil($118.42)` rounds up to whole dollars.
      """,
    seeAlso: ["floor", "round"]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = x.value.rounded(.up)
    return .quantity(x)
  }

  static let ln = Builtin(
    name: "ln", topic: .arithmetic, parameters: [.init("x", .number, "positive")], returns: .number,
    summary: "The natural logarithm of `x`; `ln(new / old)` is the log return.",
    examples: [.init("ln(118.42 / 142.62)", yields: "-0.185946"), .init("ln(1)", yields: "0")],
    details: """
      `x` must be a positive plain number; divide two amounts in the same unit first. The log \
      return from `old` to `new` is `ln(new / old)`; log returns of consecutive periods add up, \
      and `exp` turns a log return back into a growth factor.
      """,
    seeAlso: ["exp", "log10"]
  ) { arguments, call throws(EvalError) in
    let x = try plainNumber(arguments, 0, call)
    guard x > 0 else {
      throw EvalError.outOfDomain(.positiveForLogarithm, at: call.argumentSpan(0))
    }
    return .number(CMath.naturalLogarithm(x))
  }

  static let log10 = Builtin(
    name: "log10", topic: .arithmetic, parameters: [.init("x", .number, "positive")], returns: .number,
    summary: "The base-10 logarithm of `x`.",
    examples: [.init("log10(1000)", yields: "3"), .init("log10(589B)", yields: "11.7701")],
    details: """
      `x` must be a positive plain number. The whole part of the result is the order of \
      magnitude: 3 for a thousand, 11 for hundreds of billions.
      """,
    seeAlso: ["ln", "exp"]
  ) { arguments, call throws(EvalError) in
    let x = try plainNumber(arguments, 0, call)
    guard x > 0 else {
      throw EvalError.outOfDomain(.positiveForLogarithm, at: call.argumentSpan(0))
    }
    return .number(CMath.commonLogarithm(x))
  }

  static let exp = Builtin(
    name: "exp", topic: .arithmetic, parameters: [.init("x", .number)], returns: .number,
    summary: "e raised to `x`; undoes `ln`.",
    examples: [.init("exp(0)", yields: "1"), .init("exp(ln(2))", yields: "2"), .init("exp(1)", yields: "2.71828")],
    details: """
      `x` must be a plain number. `exp` of a log return is the growth factor it stands for. A \
      result too large to represent is an error, not infinity.
      """,
    seeAlso: ["ln", "log10"]
  ) { arguments, call throws(EvalError) in
    try finite(Quantity(CMath.exponential(try plainNumber(arguments, 0, call))), call)
  }
}

/// The C library's `pow`, `log`, `log10` and `exp`, under names that the builtins `log10`, `exp`
/// and the rest do not hide inside `Builtins`.
private enum CMath {
  static func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }
  static func naturalLogarithm(_ x: Double) -> Double { log(x) }
  static func commonLogarithm(_ x: Double) -> Double { log10(x) }
  static func exponential(_ x: Double) -> Double { exp(x) }
}
