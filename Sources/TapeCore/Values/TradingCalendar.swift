/// The calendar a dataset's dates follow, carried by its citations: it says why a date has no
/// row (`nvda.close[2025-01-20]`: US markets were closed for Martin Luther King Jr. Day). A file
/// the user loads has none, so Tape names the weekday and does not guess an exchange's holidays.
public enum TradingCalendar: String, Sendable, Hashable {
  /// NYSE and Nasdaq sessions (`USMarketCalendar`).
  case usEquities
  /// ECB business days: reference rates on TARGET2 days, none at weekends. Tape does not hold
  /// the TARGET2 closing days, so a weekday without a rate is not explained.
  case ecbReferenceRates
}

extension Provenance {
  /// The one calendar the cited figures with a calendar share; nil when none has one (a loaded
  /// file, a typed number) or they disagree (a series computed from a rate and a price).
  public var calendar: TradingCalendar? {
    var found: TradingCalendar? = nil
    for citation in citations {
      guard let calendar = citation.calendar else { continue }
      if let found, found != calendar { return nil }
      found = calendar
    }
    return found
  }
}
