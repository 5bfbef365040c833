import Foundation
import TapeCore

extension Builtins {
  static let arithmetic: [Builtin] = [abs, sqrt, round, floor, ceil, ln, log10, exp]

  static let abs = Builtin(
    name: "abs", topic: .arithmetic, parameters: [.init("x", "a number or quantity")], returns: "same unit as x",
    summary: "The magnitude of `x`, without its sign; the unit is kept.",
    examples: [.init("abs(-$24.20)", yields: "$24.20"), .init("abs(118.42 - 142.62)", yields: "24.2")]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = Swift.abs(x.value)
    return .quantity(x)
  }

  static let sqrt = Builtin(
    name: "sqrt", topic: .arithmetic, parameters: [.init("x", "a plain number, not negative")],
    returns: "a plain number",
    summary: "The square root of `x`.",
    examples: [.init("sqrt(2)", yields: "1.4142135623731"), .init("sqrt(252) * 2%", yields: "31.75%")]
  ) { arguments, call throws(EvalError) in
    let x = try quantity(arguments, 0, call)
    guard x.unit.isNone else {
      throw EvalError.wrongType(expected: "a plain number", found: "`\(x.unit.described(plural: true))`", at: call.argumentSpan(0))
    }
    guard x.value >= 0 else {
      throw EvalError.invalidArgument("cannot take the square root of a negative number", at: call.argumentSpan(0), help: nil)
    }
    return .quantity(Quantity(x.value.squareRoot(), format: x.format))
  }

  static let round = Builtin(
    name: "round", topic: .arithmetic, parameters: [.init("x", "a number or quantity"), .init("digits", "a whole number")],
    optionalCount: 1, returns: "same unit as x",
    summary: "`x` rounded half away from zero to `digits` decimals (default 0); the unit is kept.",
    examples: [.init("round(118.4251, 2)", yields: "118.43"), .init("round($142.62)", yields: "$143.00")]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    let digits = arguments.count > 1 ? try plainNumber(arguments, 1, call) : 0
    guard digits == digits.rounded(), Swift.abs(digits) <= 15 else {
      throw EvalError.invalidArgument(
        "`digits` must be a whole number from -15 to 15", at: call.argumentSpan(1), help: nil)
    }
    let power = Foundation.pow(10, digits)
    x.value = (x.value * power).rounded(.toNearestOrAwayFromZero) / power
    return .quantity(x)
  }

  static let floor = Builtin(
    name: "floor", topic: .arithmetic, parameters: [.init("x", "a number or quantity")], returns: "same unit as x",
    summary: "The largest whole number not above `x`; the unit is kept.",
    examples: [.init("floor(2.7)", yields: "2"), .init("floor(-2.5)", yields: "-3")]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = x.value.rounded(.down)
    return .quantity(x)
  }

  static let ceil = Builtin(
    name: "ceil", topic: .arithmetic, parameters: [.init("x", "a number or quantity")], returns: "same unit as x",
    summary: "The smallest whole number not below `x`; the unit is kept.",
    examples: [.init("ceil(2.1)", yields: "3"), .init("ceil(-2.5)", yields: "-2")]
  ) { arguments, call throws(EvalError) in
    var x = try quantity(arguments, 0, call)
    x.value = x.value.rounded(.up)
    return .quantity(x)
  }

  static let ln = Builtin(
    name: "ln", topic: .arithmetic, parameters: [.init("x", "a positive plain number")], returns: "a plain number",
    summary: "The natural logarithm of `x`; `ln(new / old)` is the log return.",
    examples: [.init("ln(118.42 / 142.62)", yields: "-0.185946123496527"), .init("ln(1)", yields: "0")]
  ) { arguments, call throws(EvalError) in
    let x = try plainNumber(arguments, 0, call)
    guard x > 0 else {
      throw EvalError.invalidArgument("the logarithm needs a positive number", at: call.argumentSpan(0), help: nil)
    }
    return .number(Foundation.log(x))
  }

  static let log10 = Builtin(
    name: "log10", topic: .arithmetic, parameters: [.init("x", "a positive plain number")], returns: "a plain number",
    summary: "The base-10 logarithm of `x`.",
    examples: [.init("log10(1000)", yields: "3"), .init("log10(589B)", yields: "11.7701152947871")]
  ) { arguments, call throws(EvalError) in
    let x = try plainNumber(arguments, 0, call)
    guard x > 0 else {
      throw EvalError.invalidArgument("the logarithm needs a positive number", at: call.argumentSpan(0), help: nil)
    }
    return .number(Foundation.log10(x))
  }

  static let exp = Builtin(
    name: "exp", topic: .arithmetic, parameters: [.init("x", "a plain number")], returns: "a plain number",
    summary: "e raised to `x`; undoes `ln`.",
    examples: [.init("exp(0)", yields: "1"), .init("exp(ln(2))", yields: "2")]
  ) { arguments, call throws(EvalError) in
    try finite(Quantity(Foundation.exp(try plainNumber(arguments, 0, call))), call)
  }
}
