import TapeCore

/// Compares a student's answer with an exercise's expected value. Numbers must agree within a
/// relative tolerance (a student may round `$2.889T` from the close and a rounded share count);
/// units must agree exactly, because getting the unit right is half of the lesson.
public enum AnswerCheck {
  public enum Verdict: Equatable, Sendable {
    case correct
    /// Wrong, with what to tell the student (before any hint).
    case wrong(String)
  }

  public static func verdict(_ answer: Value, expected: Value, tolerance: Double, precision: Double? = nil) -> Verdict {
    switch (answer, expected) {
    case (.quantity(let given), .quantity(let wanted)):
      if let precision, given.dimension == wanted.dimension, given.baseValue.isFinite {
        // The question asked for a precision: the answer must agree to that step, so `$3` is
        // not `$2.99` when cents were asked for, however close in percent.
        let allowed = precision / 2 * wanted.unit.factor * (1 + 1e-9)
        if abs(given.baseValue - wanted.baseValue) <= allowed { return .correct }
        let loose = quantityVerdict(given, wanted, tolerance: tolerance)
        return loose == .correct ? .wrong("not to the precision asked: \(precisionText(precision, of: wanted))") : loose
      }
      return quantityVerdict(given, wanted, tolerance: tolerance)
    case (.list(let given), .list(let wanted)):
      guard given.count == wanted.count else {
        return .wrong("the answer is a list of \(wanted.count) values; yours has \(given.count)")
      }
      for (index, (item, wantedItem)) in zip(given, wanted).enumerated() {
        if case .wrong(let why) = verdict(item, expected: wantedItem, tolerance: tolerance) {
          return .wrong("item \(index + 1) of the list: \(why)")
        }
      }
      return .correct
    case (.series(let given), .series(let wanted)):
      guard given.days == wanted.days else { return .wrong("the series covers other dates than the answer's") }
      for index in 0..<wanted.count {
        if case .wrong(let why) = quantityVerdict(given.quantity(at: index), wanted.quantity(at: index), tolerance: tolerance) {
          return .wrong("on \(wanted.dates[index]): \(why)")
        }
      }
      return .correct
    default:
      guard sameKind(answer, expected) else {
        return .wrong("the answer is \(expected.kindDescription); yours is \(answer.kindDescription)")
      }
      // Compared at every digit: the shown digits (six) would let a near miss pass.
      return answer.display(.fullPrecision) == expected.display(.fullPrecision)
        ? .correct : .wrong("`\(answer.display)` is not the answer")
    }
  }

  /// `0.01` in the answer's unit, as the question asks for it: "to 0.01".
  static func precisionText(_ precision: Double, of wanted: Quantity) -> String {
    let step = Value.quantity(Quantity(precision, wanted.unit, format: wanted.format)).display
    return "give it to the nearest \(step)"
  }

  static func quantityVerdict(_ given: Quantity, _ wanted: Quantity, tolerance: Double) -> Verdict {
    guard given.dimension == wanted.dimension else {
      if wanted.unit.isNone {
        return .wrong("the answer is a plain number (a ratio); yours is in `\(given.unit.described(plural: true))`")
      }
      if given.unit.isNone {
        return .wrong("the answer has a unit, `\(wanted.unit.described(plural: true))`; yours is a plain number")
      }
      return .wrong(
        "the answer is in `\(wanted.unit.described(plural: true))`; yours is in `\(given.unit.described(plural: true))`")
    }
    let (answer, target) = (given.baseValue, wanted.baseValue)
    guard answer.isFinite else { return .wrong("`\(Value.quantity(given).display)` is not a finite number") }
    let difference = abs(answer - target)
    let allowed = target == 0 ? 1e-9 : abs(target) * tolerance
    if difference <= allowed { return .correct }
    if target != 0, abs(abs(answer) - abs(target)) <= allowed {
      return .wrong("the size is right but the sign is not: is it a rise or a fall?")
    }
    if target != 0, let factor = powerOfTenApart(answer, target) {
      return .wrong("off by a factor of \(factor): check the scale (k, M, B, T) or a percentage")
    }
    return .wrong(target == 0 ? "the answer is 0" : "too \(answer < target ? "low" : "high")")
  }

  /// 100 when `a` is `b` times or divided by a power of ten within 0.5%: the classic slip of a
  /// percentage read as a fraction or millions read as billions.
  static func powerOfTenApart(_ a: Double, _ b: Double) -> String? {
    guard a != 0, b != 0 else { return nil }
    let ratio = abs(a / b)
    for exponent in 1...12 {
      let power = pow10(exponent)
      if abs(ratio / power - 1) < 0.005 || abs(ratio * power - 1) < 0.005 {
        return exponent <= 6 ? String(Int(power)) : "10^\(exponent)"
      }
    }
    return nil
  }

  static func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  static func sameKind(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.bool, .bool), (.date, .date), (.string, .string), (.record, .record), (.table, .table): true
    default: false
    }
  }
}
