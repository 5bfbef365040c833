/// A date plus or minus an amount: days (and weeks, hours) move by fixed lengths; months,
/// quarters and years move the calendar, keeping the day of the month where the month has it;
/// trading days step over weekends and US market holidays. A year elsewhere (in rates, in
/// `cagr`, in `1 year in days`) stays the 365-day duration.
extension Evaluator {
  func shifted(_ date: TapeDate, by amount: Quantity, subtracting: Bool, _ spans: OperatorSpans) throws(EvalError)
    -> TapeDate
  {
    let signed = subtracting ? -amount.value : amount.value
    if amount.dimension == BuiltinUnits.month.dimension || amount.unit == Unit(BuiltinUnits.year) {
      let isYears = amount.dimension != BuiltinUnits.month.dimension
      let months = isYears ? signed * 12 : amount.converted(to: Unit(BuiltinUnits.month)).value * (subtracting ? -1 : 1)
      guard months == months.rounded(), !isYears || signed == signed.rounded() else {
        throw EvalError.dateArithmetic(
          .notWholeCalendarSteps(signed, unit: amount.unit.described(plural: true)), at: spans.operatorSpan)
      }
      guard abs(months) < 1e6, let moved = date.adding(months: Int(months)) else {
        throw EvalError.dateArithmetic(.outsideCalendar, at: spans.operatorSpan)
      }
      return moved
    }
    if amount.dimension == BuiltinUnits.tradingDay.dimension {
      guard signed == signed.rounded() else {
        throw EvalError.dateArithmetic(
          .notWholeCalendarSteps(signed, unit: "trading days"), at: spans.operatorSpan)
      }
      guard abs(signed) < 1e5, let moved = USMarketCalendar.date(Int(signed), tradingDaysFrom: date) else {
        throw EvalError.dateArithmetic(.outsideExchangeCalendar, at: spans.operatorSpan)
      }
      return moved
    }
    guard amount.dimension == BuiltinUnits.day.dimension else {
      throw EvalError.dateArithmetic(
        .notADuration(found: ValueKind(of: .quantity(amount)), subtracting: subtracting), at: spans.operatorSpan)
    }
    let converted = amount.converted(to: Unit(BuiltinUnits.day)).value
    let days = subtracting ? -converted : converted
    guard days == days.rounded() else {
      throw EvalError.dateArithmetic(.notWholeDays(days), at: spans.operatorSpan)
    }
    guard abs(days) < 1e7, TapeDate.range.contains(date.daysSinceEpoch + Int(days)) else {
      throw EvalError.dateArithmetic(.outsideCalendar, at: spans.operatorSpan)
    }
    return TapeDate(daysSinceEpoch: date.daysSinceEpoch + Int(days))
  }
}
