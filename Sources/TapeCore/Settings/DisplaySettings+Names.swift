/// Settings by name, as `:set NAME VALUE` and config.toml write them.
extension DisplaySettings {
  /// Every setting, in the order `:set` lists them.
  public enum Name: String, Sendable, CaseIterable {
    case digits
    case moneyDecimals = "money_decimals"
    // Before the thousands separator: config.toml applies them in this order, and choosing `,`
    // for decimals first frees `.` for the thousands.
    case decimalSeparator = "decimal_separator"
    case thousandsSeparator = "thousands_separator"
    case colour
    case chartStyle = "chart_style"

    /// The values it takes, as an error message names them.
    public var validValues: String {
      switch self {
      case .digits: "a whole number from 1 to 15"
      case .moneyDecimals: "`auto` or a whole number from 0 to 6"
      case .thousandsSeparator: "`,`, `.`, `space`, `'` or `none`"
      case .decimalSeparator: "`.` or `,`"
      case .colour: "`auto`, `on` or `off`"
      case .chartStyle: "`unicode` or `ascii`"
      }
    }
  }

  /// The setting's value as `:set` shows it and accepts it back.
  public func value(of name: Name) -> String {
    switch name {
    case .digits: String(digits)
    case .moneyDecimals: moneyDecimals.map(String.init) ?? "auto"
    case .thousandsSeparator:
      switch thousandsSeparator {
      case " ": "space"
      case "": "none"
      default: thousandsSeparator
      }
    case .decimalSeparator: decimalSeparator
    case .colour: colour.map { $0 ? "on" : "off" } ?? "auto"
    case .chartStyle: chartStyle.rawValue
    }
  }

  /// `digits = 6`, one line per setting.
  public var listing: String {
    Name.allCases.map { "\($0.rawValue) = \(value(of: $0))" }.joined(separator: "\n")
  }

  /// Sets `name` (as written) to `text`; an unknown name or a value out of range is an error
  /// naming the valid ones.
  public mutating func set(_ name: String, to text: String) throws(SettingError) {
    guard let setting = Name(rawValue: name) ?? Name(rawValue: name.replacingDashes) else {
      throw .unknownSetting(name)
    }
    try set(setting, to: text)
  }

  public mutating func set(_ setting: Name, to rawText: String) throws(SettingError) {
    let text = rawText.unquoted
    let invalid = SettingError.invalidValue(setting: setting, value: rawText)
    switch setting {
    case .digits:
      guard let count = Int(text), (1...DecimalRounding.digits).contains(count) else { throw invalid }
      digits = count
    case .moneyDecimals:
      if text == "auto" {
        moneyDecimals = nil
      } else {
        guard let count = Int(text), (0...6).contains(count) else { throw invalid }
        moneyDecimals = count
      }
    case .thousandsSeparator:
      let separator: String
      switch text {
      case ",", ".", "'": separator = text
      case "space", " ": separator = " "
      case "none", "": separator = ""
      default: throw invalid
      }
      guard separator != decimalSeparator else { throw .sameSeparators(separator) }
      thousandsSeparator = separator
    case .decimalSeparator:
      guard text == "." || text == "," else { throw invalid }
      // Choosing `,` for decimals moves a `,` grouping out of its way, as `1.234,5` writes it.
      if text == thousandsSeparator { thousandsSeparator = text == "," ? "." : "," }
      decimalSeparator = text
    case .colour:
      switch text {
      case "auto": colour = nil
      case "on", "true", "yes": colour = true
      case "off", "false", "no": colour = false
      default: throw invalid
      }
    case .chartStyle:
      guard let style = ChartStyle(rawValue: text) else { throw invalid }
      chartStyle = style
    }
  }
}

/// A `:set` or config.toml setting Tape cannot take.
public enum SettingError: Error, Sendable, Equatable {
  case unknownSetting(String)
  case invalidValue(setting: DisplaySettings.Name, value: String)
  case sameSeparators(String)

  public var message: String {
    switch self {
    case .unknownSetting(let name):
      "no setting `\(name.escapingControlCharacters)`; the settings are "
        + DisplaySettings.Name.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    case .invalidValue(let setting, let value):
      "`\(setting.rawValue)` cannot be `\(value.escapingControlCharacters)`; it takes \(setting.validValues)"
    case .sameSeparators(let separator):
      "the thousands separator cannot be `\(separator)`, the decimal separator; set `decimal_separator` first"
    }
  }
}

extension String {
  /// `"," ` -> `,`: a value may be written quoted, as TOML and `:set decimal_separator ","` do.
  var unquoted: String {
    let trimmed = trimmingSpacesAndTabs
    guard trimmed.count >= 2, let first = trimmed.first, first == trimmed.last, first == "\"" || first == "'"
    else { return trimmed }
    return String(trimmed.dropFirst().dropLast())
  }

  /// `money-decimals` -> `money_decimals`.
  var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }

}
