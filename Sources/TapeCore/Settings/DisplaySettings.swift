/// How results are shown: digits, separators, colour and chart style. One value, passed to the
/// code that renders results (never a global), set with `:set NAME VALUE` or in config.toml.
/// Values never depend on it: only the digits shown do.
public struct DisplaySettings: Sendable, Hashable {
  /// Significant digits of a plain number (`118.42 / 2.69` shows `44.0223` at 6).
  public var digits: Int
  /// Decimals of money; nil keeps each currency's own (cents for USD, none for JPY).
  public var moneyDecimals: Int?
  /// Between groups of three digits: `,` (`1,234.5`), `.`, a space, `'` or nothing.
  public var thousandsSeparator: String
  /// Before the fraction: `.` or `,`.
  public var decimalSeparator: String
  /// Whether the terminal shows colour; nil follows the terminal (and `NO_COLOR`).
  public var colour: Bool?
  /// How charts draw: `unicode` (braille and blocks) or `ascii`.
  public var chartStyle: ChartStyle

  public enum ChartStyle: String, Sendable, Hashable, CaseIterable {
    case unicode, ascii
  }

  public init(
    digits: Int = 6, moneyDecimals: Int? = nil, thousandsSeparator: String = ",", decimalSeparator: String = ".",
    colour: Bool? = nil, chartStyle: ChartStyle = .unicode
  ) {
    self.digits = digits
    self.moneyDecimals = moneyDecimals
    self.thousandsSeparator = thousandsSeparator
    self.decimalSeparator = decimalSeparator
    self.colour = colour
    self.chartStyle = chartStyle
  }

  /// The documented defaults: what notebooks replay with, whatever the user's config says.
  public static let standard = DisplaySettings()

  /// Every digit Tape keeps (15 significant): for `--json`, CSV files and `in full`.
  public static let fullPrecision = DisplaySettings(digits: DecimalRounding.digits)

  /// Whether numbers are written with the default `,` and `.`, so no separator is replaced.
  var hasStandardSeparators: Bool { thousandsSeparator == "," && decimalSeparator == "." }

  /// Significant digits of a scaled figure (`171.7M`): at most four, fewer if `digits` is.
  var scaledDigits: Int { Swift.min(digits, 4) }

  /// `1,234.5` written with the chosen separators: `1.234,5`, `1 234,5`. Only number text
  /// made by Tape passes through here (no unit names), so every `,` and `.` is a separator.
  func localized(_ number: String) -> String {
    guard !hasStandardSeparators else { return number }
    var out = ""
    out.reserveCapacity(number.utf8.count + 4)
    for character in number {
      switch character {
      case ",": out += thousandsSeparator
      case ".": out += decimalSeparator
      default: out.append(character)
      }
    }
    return out
  }
}

extension DisplaySettings {
  /// How a chart value draws as a result: the notebook size, in the chosen style.
  public var figureContext: Figure.Context {
    var context = Figure.Context.standard
    context.isASCII = chartStyle == .ascii
    return context
  }
}
